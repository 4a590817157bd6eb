// English abbreviations whose full stop is part of the word («etc.», «Dr.», «approx.»), written
// without it: a Latin run ending in one keeps the stop inside its English span (latinRuns.ts).
// Dotted initialisms («e.g.», «i.e.», «U.S.», «Ph.D.», «a.m.») need no entry: a run's last word with
// a dot between letters keeps its final stop too. Compared without regard to case.

export const LATIN_ABBREVIATIONS: readonly string[] = [
  'approx',
  'cf',
  'Co',
  'Corp',
  'dept',
  'Dr',
  'esp',
  'et al',
  'etc',
  'fig',
  'Inc',
  'Jr',
  'Ltd',
  'Mr',
  'Mrs',
  'Ms',
  'Prof',
  'Sr',
  'St',
  'vol',
  'vs',
]
