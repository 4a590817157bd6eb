// siteWithoutClinicMessage: a site folder no clinic builds is abandoned only if no invalid clinic document may own it.
import {expect, it} from 'vitest'
import {siteWithoutClinicMessage} from '../../src/pipeline/siteWithoutClinic.ts'

it.each([
  ['no invalid clinic: deleted or renamed', [], 'lulu-dubai: no such clinic in the content any more; its site in dist is no longer updated and can be removed'],
  [
    'the invalid clinic document claims the slug',
    [{id: 'clinic.lulu-dubai', slug: 'lulu-dubai'}],
    'lulu-dubai: not built: its clinic document clinic.lulu-dubai does not match the content model (see its schema-invalid findings); its site in dist stays live as it was until the document is fixed',
  ],
  [
    'an invalid clinic document with another slug: not this site',
    [{id: 'clinic.rawda-riyadh', slug: 'rawda-riyadh'}],
    'lulu-dubai: no such clinic in the content any more; its site in dist is no longer updated and can be removed',
  ],
  [
    'invalid clinic documents without a readable slug may own it',
    [{id: 'clinic.a'}, {id: 'clinic.b'}],
    'lulu-dubai: no valid clinic document has this slug: if it is clinic.a or clinic.b (invalid, with no readable slug), fix that document; otherwise the clinic was deleted or renamed, and its site in dist is no longer updated and can be removed',
  ],
])('%s', (_, invalidClinics, message) => {
  expect(siteWithoutClinicMessage('lulu-dubai', invalidClinics, 'dist')).toBe(message)
})
