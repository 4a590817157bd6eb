// domain-unusable: a clinic whose «النطاق» is typed but is no bare host (a path, a query, an empty
// label) gets no origin, so its site is built without feeds or sitemap and with root-relative API
// URLs. The Studio warns on the field; documents written through the API or imported skip that, and
// a site whose feeds vanished with no word in the build report would be found out by its readers.
// A warning on the clinic's release (clinicFindings): the pages are right, only those files are left out. Pure.
import {CLINIC_DOMAIN_MESSAGE, isDomainUnusable} from '../content/clinicDomain.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {ruleDocsUrl, type Finding} from '../findings/finding.ts'

export const DOMAIN_UNUSABLE = 'domain-unusable'

export const clinicDomainUnusable = (clinic: Clinic): Finding[] =>
  isDomainUnusable(clinic.domain)
    ? [
        {
          ruleId: DOMAIN_UNUSABLE,
          severity: 'warning',
          message: `«النطاق» ${clinic.domain!.trim()} لا يصلح أصلًا لروابط موقع العيادة: ${CLINIC_DOMAIN_MESSAGE}.`,
          documentId: clinic._id,
          path: 'domain',
          url: ruleDocsUrl(DOMAIN_UNUSABLE),
        },
      ]
    : []
