// A procedure's line in Studio lists: its category, and «علاج يستعمله المريض في المنزل» for a home
// treatment, which the list would otherwise show as one more in-clinic procedure.
import {expect, it} from 'vitest'
import {procedure} from '../../schemas/documents/procedure.ts'

const prepare = procedure.preview!.prepare!

it.each<[value: Record<string, string | undefined>, title: string, subtitle: string]>([
  [{title: 'المينوكسيديل الموضعي', category: 'hair', setting: 'home'}, 'المينوكسيديل الموضعي', 'الشعر · علاج يستعمله المريض في المنزل'],
  [{title: 'الميزوثيرابي للبشرة', category: 'skin', setting: 'inClinic'}, 'الميزوثيرابي للبشرة', 'البشرة'],
  // Saved before procedures had a setting: done at the clinic.
  [{title: 'حقن البلازما', category: 'hair'}, 'حقن البلازما', 'الشعر'],
  [{title: undefined, setting: 'home'}, 'إجراء بلا اسم', 'علاج يستعمله المريض في المنزل'],
])('%j', (value, title, subtitle) => {
  expect(prepare(value)).toEqual({title, subtitle})
})
