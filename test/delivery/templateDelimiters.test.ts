// The Markdown export never hands a clinic's site generator a template delimiter typed into content:
// Liquid (Jekyll, Eleventy), Nunjucks and Hugo shortcodes would run it. The reader still sees every
// brace: CommonMark decodes `&#123;` back to «{».
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {withoutTemplateDelimiters} from '../../src/delivery/templateDelimiters.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {copyBundledDataset, NOW, tempDir, type RawDocument} from '../support/bundledDataset.ts'

const ROWS: [name: string, typed: string, written: string][] = [
  ['a Liquid output tag', 'اكتب {{ site.title }} هنا', 'اكتب &#123;{ site.title }} هنا'],
  ['a Liquid tag', 'قبل {% include form.html %} بعد', 'قبل &#123;% include form.html %} بعد'],
  ['a Hugo shortcode', '{{< youtube abc >}} و{{% notice %}}', '&#123;{< youtube abc >}} و&#123;&#123;% notice %}}'],
  ['a Nunjucks comment', 'ملاحظة {# خفية #}', 'ملاحظة &#123;# خفية #}'],
  ['three braces', '{{{ raw }}}', '&#123;&#123;{ raw }}}'],
  ['single braces, and a brace before a space, are no delimiter', 'الجرعة {٢–٤} مل، { {', 'الجرعة {٢–٤} مل، { {'],
  ['tashkeel and tatweel around it', 'نَـتائِج{{مُؤكَّدة}}', 'نَـتائِج&#123;{مُؤكَّدة}}'],
]

describe('withoutTemplateDelimiters', () => {
  it.each(ROWS)('%s', (_, typed, written) => {
    expect(withoutTemplateDelimiters(typed)).toBe(written)
    expect(written).not.toMatch(/\{[{%#]/)
    // What a Markdown site shows: the text as typed.
    expect(toString(unified().use(remarkParse).parse(written))).toBe(typed)
  })
})

describe('the Markdown export of an article with delimiters typed into it', () => {
  const TYPED = 'اكتب {{ site.title }} أو {% include x.html %} أو {{< shortcode >}} أو {# تعليق #}'
  const withDelimiters = (documents: RawDocument[]) =>
    documents.map((document) =>
      document._id === 'article.hair-home-routine'
        ? {
            ...document,
            body: [
              {_key: 'tpl1', _type: 'block', style: 'normal', markDefs: [], children: [{_key: 's1', _type: 'span', marks: [], text: TYPED}]},
              // A delimiter split between two spans: «{» plain, «{ x }}» in bold.
              {_key: 'tpl2', _type: 'block', style: 'normal', markDefs: [], children: [{_key: 's1', _type: 'span', marks: [], text: 'نص {'}, {_key: 's2', _type: 'span', marks: ['strong'], text: '{ x }}'}]},
              ...(document.body as unknown[]),
            ],
          }
        : document,
    )
  let dataset: string
  let outDir: string
  beforeAll(async () => {
    dataset = await copyBundledDataset(withDelimiters)
    outDir = await tempDir('sanad-template-')
    const source = await openLocalSource(dataset)
    await runBuild({source, outDir, now: NOW})
    await source.close()
  })
  afterAll(async () => {
    await rm(outDir, {recursive: true, force: true})
    await rm(dataset, {recursive: true, force: true})
  })

  it('writes none into the body, and the body reads as typed', async () => {
    const markdown = await readFile(join(outDir, 'nour-cairo', 'export/hair-home-routine.md'), 'utf8')
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5)
    expect(body).not.toMatch(/\{[{%#]/)
    const shown = toString(unified().use(remarkParse).parse(body))
    expect(shown).toContain(TYPED)
    expect(shown).toContain('نص {{ x }}')
  })

  it('leaves the page as typed: HTML runs no template', async () => {
    const page = await readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'), 'utf8')
    // Its Latin words are marked English (latinRunsInTree.ts); the delimiters stay as typed.
    const en = (text: string) => `<span lang="en" dir="ltr">${text}</span>`
    expect(page).toContain(`اكتب {{ ${en('site.title')} }} أو {% ${en('include x.html')} %} أو {{&lt; ${en('shortcode')} >}} أو {# تعليق #}`)
  })
})
