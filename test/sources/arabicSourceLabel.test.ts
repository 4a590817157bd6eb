// The reports name their source in Arabic; a path or id is a part of its own, which the page keeps
// left to right, and a reordering control in it is shown, not obeyed.
import {describe, expect, it} from 'vitest'
import {localSourceLabel, sanitySourceLabel, sourceLabelText} from '../../src/sources/arabicSourceLabel.ts'

describe('arabicSourceLabel', () => {
  it('keeps a local path, Arabic folder names and Arabic-Indic digits and all, as one value', () => {
    expect(localSourceLabel('/بيانات/تصدير-٢٠٢٦.tar.gz')).toEqual(['مجموعة بيانات محلية (تصدير Sanity): ', {ltr: '/بيانات/تصدير-٢٠٢٦.tar.gz'}])
  })

  it('spells out a reordering control in a path in the text form, and keeps its leading slash with it by an LRM', () => {
    expect(sourceLabelText(localSourceLabel('/data/\u202Eexport\u2069.ndjson'))).toBe('مجموعة بيانات محلية (تصدير Sanity): \u200E/data/⟦U+202E⟧export⟦U+2069⟧.ndjson')
  })

  it('names a Content Lake project without a token as such', () => {
    expect(sourceLabelText(sanitySourceLabel({projectId: 'abc123', dataset: 'production', apiVersion: '2026-01-15', withToken: false}))).toBe(
      'مشروع Sanity \u200Eabc123، مجموعة البيانات \u200Eproduction (إصدار الواجهة \u200Ev2026-01-15، المحتوى المنشور وحده، بلا رمز قراءة)',
    )
  })
})
