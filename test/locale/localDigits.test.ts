// localDigits: Latin and Persian digits in Arabic prose as Arabic-Indic digits, with the separators
// and percent sign Intl writes for ar-EG; latinProseDigits the reverse, for ar-AE; Latin words and
// identifiers keep theirs.
import {describe, expect, it} from 'vitest'
import {digitsAsWrittenIn, latinProseDigits, localDigits} from '../../src/locale/localDigits.ts'
import {writesArabicIndicDigits} from '../../src/locale/writesArabicIndicDigits.ts'

describe('localDigits', () => {
  it.each([
    ['a range of sessions', 'سلسلة من 3–6 جلسات', 'سلسلة من ٣–٦ جلسات'],
    ['minutes', 'مدة الجلسة 30–40 دقيقة', 'مدة الجلسة ٣٠–٤٠ دقيقة'],
    ['tashkeel and tatweel around the number kept', 'بَعْدَ 3 جلســات', 'بَعْدَ ٣ جلســات'],
    ['hamza forms and a prefix letter touching the number', 'أؤكد إنه ل3 أسابيع وبعد 4', 'أؤكد إنه ل٣ أسابيع وبعد ٤'],
    ['a decimal point between digits as the Arabic decimal separator', 'الإصدار 2026.1', 'الإصدار ٢٠٢٦٫١'],
    ['a thousands comma as the Arabic thousands separator', 'أكثر من 1,500 حالة', 'أكثر من ١٬٥٠٠ حالة'],
    ['a percent sign right after the number as Intl writes it', 'تحسّن بنسبة 10%', 'تحسّن بنسبة ١٠٪\u061c'],
    ['a full stop after a number is punctuation', 'عدد الجلسات 3.', 'عدد الجلسات ٣.'],
    ['a comma after a number is punctuation', 'بين 3, و6', 'بين ٣, و٦'],
    ['Persian digits as Arabic-Indic', 'كل ۴–۶ أسابيع', 'كل ٤–٦ أسابيع'],
    ['Arabic-Indic digits unchanged', 'بعد ٣–٦ جلسات', 'بعد ٣–٦ جلسات'],
    ['digits touching a Latin letter stay Latin', 'فيتامين B12 وCO2 وPRP3 و3D', 'فيتامين B12 وCO2 وPRP3 و3D'],
    ['an identifier joined to Latin letters by dashes stays Latin', 'ترخيص رقم EMS-2009-48213', 'ترخيص رقم EMS-2009-48213'],
    ['a URL and a DOI stay Latin', 'انظر https://example.com/a/3 و10.1000/xyz123', 'انظر https://example.com/a/3 و10.1000/xyz123'],
    ['a number apart from a Latin word converts', 'حقن 10 ml من PRP', 'حقن ١٠ ml من PRP'],
    ['a number between two Latin words is part of a Latin passage and stays Latin', 'محلول Minoxidil 5% solution مرتين', 'محلول Minoxidil 5% solution مرتين'],
    ['so is a dose inside a Latin passage', 'مكمّل (vitamin B12 1000 mcg) يوميًا', 'مكمّل (vitamin B12 1000 mcg) يوميًا'],
    ['a number after a Latin word and before Arabic converts', 'Minoxidil 5% مرتين', 'Minoxidil ٥٪\u061c مرتين'],
    ['a number between a Latin word and a mixed one converts', 'جهاز Dermapen 4 وPRP', 'جهاز Dermapen ٤ وPRP'],
    ['so does a number after a Latin word glued to an Arabic prefix and before Arabic', 'حقن بـPRP 5 مرات', 'حقن بـPRP ٥ مرات'],
    ['a Latin word glued to an Arabic prefix opens a Latin passage', 'حقن بـPRP 5 mg مرتين', 'حقن بـPRP 5 mg مرتين'],
    ['so is a range parted by spaces inside a Latin passage', 'جرعة Minoxidil 2 - 5 mg يوميًا', 'جرعة Minoxidil 2 - 5 mg يوميًا'],
    ['and numbers in brackets', 'Minoxidil (2) 5 mg', 'Minoxidil (2) 5 mg'],
    ['a range after a Latin word and before Arabic converts', 'Minoxidil 2 - 5 مرات', 'Minoxidil ٢ - ٥ مرات'],
    ['bidi marks kept where they are', '\u2066PRP\u2069 \u200f3–6 جلسات', '\u2066PRP\u2069 \u200f٣–٦ جلسات'],
    ['nothing to convert', 'الميزوثيرابي للشعر', 'الميزوثيرابي للشعر'],
  ])('%s: %s', (_, text, expected) => {
    expect(localDigits(text)).toBe(expected)
  })

  it('writes the percent sign and separators exactly as Intl does for ar-EG', () => {
    expect(localDigits('10%')).toBe(new Intl.NumberFormat('ar-EG', {style: 'percent'}).format(0.1))
    expect(localDigits('1,234.5')).toBe(new Intl.NumberFormat('ar-EG').format(1234.5))
  })
})

describe('latinProseDigits', () => {
  it.each([
    ['a range of sessions', 'سلسلة من ٣–٦ جلسات', 'سلسلة من 3–6 جلسات'],
    ['tashkeel and tatweel around the number kept', 'بَعْدَ ٣ جلســات', 'بَعْدَ 3 جلســات'],
    ['a prefix letter touching the number', 'ل٣ أسابيع وبعد ٤', 'ل3 أسابيع وبعد 4'],
    ['the Arabic decimal and thousands separators', 'الإصدار ٢٠٢٦٫١ لأكثر من ١٬٥٠٠ حالة', 'الإصدار 2026.1 لأكثر من 1,500 حالة'],
    ['the Arabic percent sign, with or without its letter mark', 'بنسبة ١٠٪\u061c و٢٠٪', 'بنسبة 10% و20%'],
    ['Persian digits', 'كل ۴–۶ أسابيع', 'كل 4–6 أسابيع'],
    ['Latin digits unchanged', 'بعد 3–6 جلسات', 'بعد 3–6 جلسات'],
    ['digits touching a Latin letter stay as typed', 'فيتامين B١٢', 'فيتامين B١٢'],
    ['bidi marks kept where they are', '\u200f٣–٦ جلسات', '\u200f3–6 جلسات'],
    ['a mixed Arabic/Latin line', 'حقن ١٠ ml من PRP كل ٤ أسابيع', 'حقن 10 ml من PRP كل 4 أسابيع'],
  ])('%s: %s', (_, text, expected) => {
    expect(latinProseDigits(text)).toBe(expected)
  })

  it('undoes localDigits', () => {
    const text = 'تحسّن بنسبة 10% بعد 3–6 جلسات لأكثر من 1,500 حالة، الإصدار 2026.1'
    expect(latinProseDigits(localDigits(text))).toBe(text)
  })
})

describe('writesArabicIndicDigits', () => {
  it.each([
    ['ar-EG', true],
    ['ar-SA', true],
    ['ar-AE', false],
    ['en', false],
  ])('%s: %s', (locale, expected) => {
    expect(writesArabicIndicDigits(locale)).toBe(expected)
  })
})

describe('digitsAsWrittenIn', () => {
  it.each([
    ['ar-EG', 'نتائج بعد 3–6 جلسات مع B12', 'نتائج بعد ٣–٦ جلسات مع B12'],
    ['ar-SA', 'خصم 10%', 'خصم ١٠٪\u061c'],
    ['ar-AE', 'نتائج بعد 3–6 جلسات', 'نتائج بعد 3–6 جلسات'],
    ['ar-AE', 'نتائج بعد ٣–٦ جلسات وخصم ١٠٪', 'نتائج بعد 3–6 جلسات وخصم 10%'],
    ['ar', 'نتائج بعد 3–6 جلسات', 'نتائج بعد 3–6 جلسات'],
  ])('%s: «%s» → «%s»', (locale, text, expected) => {
    expect(digitsAsWrittenIn(locale, text)).toBe(expected)
  })
})
