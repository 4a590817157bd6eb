// What is wrong with an API token pasted into an environment variable along with something else: a
// quote («“sk…”» from a chat or a document), a letter, a space. Sent as it is, the token fails as an
// HTTP header before any request leaves, and the error read as a network failure ("Check the
// network") that named no variable. Tokens of Sanity and Netlify are printable ASCII without quotes.

const TOKEN_CHARACTER = /^[!#-&(-~]$/u

const shown = (character: string): string => {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  return /\s/u.test(character) ? `a space or line break (${code})` : `"${character}" (${code})`
}

/** Why `token` cannot be the token the variable `name` should hold, or `undefined` when it can. */
export const tokenCharacterProblem = (name: string, token: string, issuedAt: string): string | undefined => {
  const characters = [...token]
  const index = characters.findIndex((character) => !TOKEN_CHARACTER.test(character))
  if (index === -1) return undefined
  return `${name} holds ${shown(characters[index]!)} at character ${index + 1}, which no token has (a quote or something else pasted with it): set it to the token alone, as ${issuedAt} shows it.`
}
