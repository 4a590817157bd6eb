// slug-duplicate for what a clinic's site is addressed by beyond its articles: its own slug (the
// folder its site is built in, dist/<slug>/) and the slugs of the procedures it offers
// (/procedures/<slug>/). Two clinics with one slug would build into one folder, the second site
// over the first; two procedures with one slug would share a page, so a patient following «PRP»
// would read microneedling's risks. The Studio's slug fields refuse duplicates, but documents
// written through the API or imported skip that check. Either is a finding on the clinic's release
// as a whole (clinicFindings): nothing of it is published and its live site stays as it was,
// since which clinic or procedure should own the address is not the build's to guess. Procedure
// slugs that differ only in letter case are one address (slugAddressKey). Pure.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import {proceduresOffered} from '../content/proceduresOffered.ts'
import {slugAddressKey} from '../content/slugAddressKey.ts'
import {ruleDocsUrl, type Finding} from '../findings/finding.ts'
import {SLUG_DUPLICATE} from './slugCollisions.ts'

const named = (document: {_id: string; name: string}): string => `«${document.name}» (${document._id})`

const finding = (documentId: string, message: string): Finding => ({
  ruleId: SLUG_DUPLICATE,
  severity: 'error',
  message,
  documentId,
  path: 'slug',
  url: ruleDocsUrl(SLUG_DUPLICATE),
})

const clinicCollision = (clinic: Clinic, graph: ContentGraph): Finding[] => {
  const others = [...graph.clinics.values()].filter((other) => other._id !== clinic._id && other.slug.current === clinic.slug.current)
  if (others.length === 0) return []
  return [
    finding(
      clinic._id,
      `المعرّف في الرابط «${clinic.slug.current}» لهذه العيادة تستخدمه عيادة أخرى أيضًا: ${others.map(named).join('، ')}. يُبنى موقع كل عيادة في مجلد باسم معرّفها، فلو بُنيت العيادتان لحلّ موقع إحداهما محل الأخرى؛ لذلك لا تُنشر أيٌّ منهما ويبقى موقعها المنشور كما كان. يُغيَّر «المعرّف في الرابط» لإحدى العيادتين ثم يُعاد النشر.`,
    ),
  ]
}

// Slugs typed differently are named each, or «the same address» would read as wrong to a writer comparing them.
const sharedAddress = (procedures: readonly Procedure[]): string => {
  const addresses = [...new Set(procedures.map((procedure) => `/procedures/${procedure.slug.current}/`))]
  return addresses.length === 1
    ? `الرابط ${addresses[0]} يستخدمه أكثر من إجراء تقدّمه هذه العيادة`
    : `الروابط ${addresses.join('، ')} لا تختلف إلا في حالة الأحرف، وتعدّها أنظمة الملفات وكثير من الخوادم رابطًا واحدًا يستخدمه أكثر من إجراء تقدّمه هذه العيادة`
}

const procedureCollisions = (clinic: Clinic, graph: ContentGraph): Finding[] => {
  const byAddress = new Map<string, Procedure[]>()
  for (const procedure of proceduresOffered(clinic, graph)) {
    const address = slugAddressKey(procedure.slug.current)
    const group = byAddress.get(address)
    if (group) group.push(procedure)
    else byAddress.set(address, [procedure])
  }
  return [...byAddress.values()].flatMap((procedures) =>
    procedures.length < 2
      ? []
      : procedures.map((procedure) =>
          finding(
            procedure._id,
            `${sharedAddress(procedures)}: ${procedures.map(named).join('، ')}. لو نُشر الموقع لحلّت صفحة أحدها محل الأخرى، ولقرأ المريض الذي يتبع رابط أحدها مخاطر غيره؛ لذلك لا يُنشر موقع العيادة ويبقى المنشور كما كان. يُغيَّر «المعرّف في الرابط» لأحد الإجراءات ثم يُعاد النشر.`,
          ),
        ),
  )
}

export const clinicSlugCollisions = (clinic: Clinic, graph: ContentGraph): Finding[] => [...clinicCollision(clinic, graph), ...procedureCollisions(clinic, graph)]
