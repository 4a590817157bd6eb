// Rendered files are text or, for the long list pages, UTF-8 bytes (src/render/lib/fragments.ts).
// Tests read both as text; matching a string against bytes would quietly pass a `not.toContain`.
import type {RenderedFile, TextFile} from '../../src/render/lib/types.ts'

export const asText = (file: RenderedFile): TextFile => ({
  ...file,
  contents: typeof file.contents === 'string' ? file.contents : new TextDecoder('utf-8', {fatal: true}).decode(file.contents),
})
