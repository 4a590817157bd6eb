// The images a site shows that its source cannot deliver (a file missing from a dataset export), as
// `image-missing` findings naming the document and field. The page is built without the picture and
// the report says which file to bring back. Always a warning: a hero image or a logo changes how a
// page looks, not what it tells a patient, and blocking a reviewed medical article (or, for a logo,
// a clinic's whole site) over a picture would take correct safety information offline.
import {formatPath, ruleDocsUrl, type Finding} from '../findings/finding.ts'
import type {ContentGraph} from './contentGraph.ts'
import type {Image} from './fields.ts'

export const IMAGE_MISSING = 'image-missing'

interface ImageField {
  image: Image | undefined
  documentId: string
  path: string
  /** «لن تظهر الصورة الرئيسية»: the field as the Studio titles it, with its verb agreeing. */
  notShown: string
}

// Every image field of the content model (src/content/documents/): the pages render these two.
function* imageFields(graph: ContentGraph): Generator<ImageField> {
  for (const article of graph.articles.values()) {
    yield {image: article.heroImage, documentId: article._id, path: formatPath(['heroImage']), notShown: 'لن تظهر الصورة الرئيسية'}
  }
  for (const clinic of graph.clinics.values()) {
    yield {image: clinic.branding?.logo, documentId: clinic._id, path: formatPath(['branding', 'logo']), notShown: 'لن يظهر الشعار'}
  }
}

/** `reasonFor` is the source's `missingImageReason`: why an image has no file, or `undefined` when it has one. */
export const missingImageFindings = (graph: ContentGraph, reasonFor: (image: Image) => string | undefined): Finding[] => {
  const findings: Finding[] = []
  for (const {image, documentId, path, notShown} of imageFields(graph)) {
    const reason = image ? reasonFor(image) : undefined
    if (reason === undefined) continue
    findings.push({ruleId: IMAGE_MISSING, severity: 'warning', message: `${notShown} في الموقع: ${reason}`, documentId, path, url: ruleDocsUrl(IMAGE_MISSING)})
  }
  return findings
}
