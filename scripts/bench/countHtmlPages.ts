// Counts the HTML pages under a site folder: the one page-counting rule both sides of the Hugo
// comparison use (every *.html file written, whatever its kind).
import {readdir} from 'node:fs/promises'

export const countHtmlPages = async (siteDir: string): Promise<number> => {
  const entries = await readdir(siteDir, {withFileTypes: true, recursive: true})
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}
