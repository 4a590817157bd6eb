// A licence's preview (each item of «تراخيص أخرى») names its country: the gate compares it with each clinic's.
import {expect, it} from 'vitest'
import {licence} from '../../schemas/objects/licence.ts'

const prepare = licence.preview!.prepare!

it.each([
  [{issuingBody: 'الهيئة السعودية للتخصصات الصحية', number: '14-R-0099120', jurisdiction: 'SA'}, 'الهيئة السعودية للتخصصات الصحية', '14-R-0099120 · السعودية'],
  [{issuingBody: 'نقابة أطباء مصر', number: 'EMS-2009-48213'}, 'نقابة أطباء مصر', 'EMS-2009-48213 · دولة غير محددة'],
  [{jurisdiction: 'AE'}, 'جهة إصدار غير محددة', 'بلا رقم · الإمارات'],
])('%j', (value, title, subtitle) => {
  expect(prepare(value)).toEqual({title, subtitle})
})
