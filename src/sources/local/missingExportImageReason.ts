// Why an image value of a dataset export has no file to show, said (in Arabic) to whoever must bring
// it back: the export has no images/ folder, the folder lacks this file or holds a link in its place,
// or the value names no file.
// It follows «لن يظهر الشعار» and «لن تظهر الصورة الرئيسية» alike, so it names «قيمة الحقل», no pronoun of either gender.
import {LRM} from '../../locale/bidiIsolates.ts'
import type {ImageValue} from '../contentSource.ts'
import {exportImagePath, resolveExportImage, type ExportImageIndex} from './resolveExportImage.ts'

// LRM before each value that opens with punctuation, so it reads whole in a right-to-left line (bidiIsolates.ts).
const EXPORT_WITH_FILES = `sanity dataset export دون الخيار ${LRM}--no-assets`

/** `undefined` when the image has its file, or when the value is no image at all (the Studio leaves `{alt}` when one is removed). */
export const missingExportImageReason = (image: ImageValue, index: ExportImageIndex, exportPath: string): string | undefined => {
  const named = image._sanityAsset ?? image.asset?._ref
  if (!named || resolveExportImage(image, index)) return undefined
  const file = exportImagePath(image)
  if (!file) return `قيمة الحقل ${named} لا تسمّي ملف صورة داخل التصدير. اختر الصورة من جديد في الاستوديو، ثم صدّر مجموعة البيانات من جديد.`
  if (!index.hasImagesFolder) {
    return `الملف ${file} غير موجود، فلا مجلد images في التصدير ${LRM}${exportPath}. صدّر مجموعة البيانات مع ملفاتها (${EXPORT_WITH_FILES}) ومرّر مجلد التصدير كاملًا أو ملف ${LRM}.tar.gz، لا data.ndjson وحده.`
  }
  if (index.links?.has(file)) {
    return `${file} في التصدير ${LRM}${exportPath} رابط (symlink) إلى ملف آخر، لا الملف نفسه، ولا يقرأ سند من مجلد images إلا ملفاته، كي لا يصل إلى موقع ملفٌ آخر من هذا الجهاز. ضع الملف نفسه مكان الرابط، أو صدّر مجموعة البيانات من جديد (${EXPORT_WITH_FILES}).`
  }
  return `الملف ${file} غير موجود في مجلد images في التصدير ${LRM}${exportPath}. أعد تصدير مجموعة البيانات مع ملفاتها (${EXPORT_WITH_FILES})؛ وإن حُذفت الصورة من Sanity فاختر صورة أخرى في الاستوديو.`
}
