// Most cited studies are published in English and their titles are kept as published. A page in
// Arabic reads them with an Arabic voice unless the element says otherwise, so a title written in
// Latin letters with no Arabic letter in it is marked English; a mixed or Arabic title keeps the page's
// language. (Latin script alone cannot tell English from French; English is by far the usual case
// in the medical literature, and either reads better than an Arabic voice spelling it out.)

// Letters only: Arabic-Indic digits and the Arabic percent sign appear in Latin titles too.
const ARABIC = /(?=\p{Letter})\p{Script=Arabic}/u
const LATIN = /(?=\p{Letter})\p{Script=Latin}/u

/** `'en'` for text in Latin letters without an Arabic letter, else undefined (the page's language applies). */
export const latinTextLanguage = (text: string): 'en' | undefined => (LATIN.test(text) && !ARABIC.test(text) ? 'en' : undefined)
