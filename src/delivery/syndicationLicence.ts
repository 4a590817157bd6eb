// The terms under which a clinic's articles may be republished through the content API: data, so a
// compliance lead can read and change them without reading code.
import type {Licence} from './apiShapes.ts'

export const SYNDICATION_LICENCE: Licence = {
  id: 'sanad-syndication-1.0',
  name: 'ترخيص إعادة النشر من سند، الإصدار 1.0',
  terms:
    'يجوز إعادة نشر هذا المقال كما هو دون تعديل في النص الطبي، مع إظهار سطر الإسناد واسم المراجع الطبي وتاريخ المراجعة وإخلاء المسؤولية المرفق، وتحديثه من الواجهة البرمجية أو إزالته إذا سُحب أو حلّ موعد مراجعته.',
  conditions: ['attribution-required', 'no-medical-modification', 'disclaimer-required', 'refresh-or-remove-by-validUntil', 'remove-when-withdrawn'],
}

export const SANAD_PUBLISHER = 'سند (Sanad)'
