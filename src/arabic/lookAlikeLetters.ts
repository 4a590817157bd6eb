// Letters of other alphabets written in Arabic script (Persian, Urdu, Kurdish, Pashto, Maghrebi
// spelling…) that a reader of Arabic reads as an Arabic letter: «علاج نھائي» with the Urdu heh looks
// exactly like «علاج نهائي». The matcher folds each onto the Arabic letter (src/arabic/normalize.ts),
// so a banned phrase cannot hide behind a keyboard layout. Each was checked in the site's font
// (Noto Naskh Arabic): same skeleton, at most different dots or a small mark. Letters whose
// skeleton is ambiguous without dots (ٮ dotless beh, ڡ dotless feh) are left out.

/** `[letters, Arabic letter]`: every letter in the first string is read as the second. */
export const LOOK_ALIKE_LETTERS: ReadonlyArray<readonly [string, string]> = [
  // heh: Urdu heh doachashmee and heh goal (with hamza), Kurdish ae, heh with inverted V.
  ['ھہۂەۿ', 'ه'],
  // teh marbuta: Urdu teh marbuta goal, heh with yeh above; ة itself is folded onto ه.
  ['ۃۀ', 'ه'],
  // yeh: Farsi yeh, Pashto and Uyghur yeh forms, Kashmiri yeh, yeh with marks above or below.
  ['یېێؠؽؾؿ\u0777\u08BA', 'ي'],
  // waw with a mark: Kurdish and Uyghur o, u, yu, waw with dot above, waw with dot within.
  ['ۆۇۈۏ\u08AB', 'و'],
  // kaf: keheh (Persian kaf), swash kaf, kaf with ring, keheh with dots, kaf with dot below.
  ['کڪګػ\u08B4', 'ك'],
  // alef with a small mark above: high hamza, extended Arabic-Indic two and three above.
  ['ٵ\u0773\u0774', 'ا'],
  // high hamza on waw and yeh (Kazakh): read as ؤ and ئ.
  ['ٶٷ', 'ؤ'],
  ['ٸ\u08A8', 'ئ'],
  // noon: dotless (noon ghunna), with dot below or a small mark.
  ['ںڹ\u0769\u08BD', 'ن'],
  // Maghrebi spelling: feh with one dot below, qaf with one dot above.
  ['ڢ\u08BB', 'ف'],
  ['ڧ\u08BC', 'ق'],
  // lam with a small V or marks above (Kurdish).
  ['ڵڶ\u08A6', 'ل'],
  // teh with two dots stacked (Sindhi).
  ['ٺ', 'ت'],
]
