// `sanad lint <files...>`: audits legacy articles (Markdown or plain text) for banned claims and a
// missing medical disclaimer, with compiler-style positions; exit 1 on any error, 2 on unreadable input.
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {Option, type Command} from 'commander'
import {SanadError} from '../../errors/catalog.ts'
import {shellQuoted} from '../../errors/shellQuoted.ts'
import type {LintedFile} from '../../lint/formatLintReport.ts'
import type {Jurisdiction} from '../../presets/preset.ts'
import {withinStackFor} from '../legacyFileWithinStack.ts'
import {formatOption} from '../options.ts'

export const jurisdictionOption = () =>
  new Option('--jurisdiction <code>', "whose rules to apply (the clinic's country)").choices(['EG', 'SA', 'AE']).default('EG')

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** `paths` without a second naming of one file (overlapping globs, «a.md ./a.md»), each as first named. */
const distinctFiles = (paths: readonly string[]): string[] => {
  const named = new Map<string, string>()
  for (const path of paths) if (!named.has(resolve(path))) named.set(resolve(path), path)
  return [...named.values()]
}

/**
 * Reads every file as UTF-8 before anything is linted, so a bad path fails fast with exit 2; a file
 * named twice is read once, so it is one article, not two with the same findings or a clash of drafts.
 */
export const readLegacyFiles = async (paths: readonly string[]): Promise<Array<{path: string; source: string}>> =>
  Promise.all(
    distinctFiles(paths).map(async (path) => {
      let bytes: Uint8Array
      try {
        bytes = await readFile(path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
          throw new SanadError('INPUT_IS_FOLDER', `${path} is a folder, not a file: pass the Markdown or text files inside it, e.g. ${path.replace(/[\\/]+$/, '')}/*.md`, {cause: error})
        }
        throw new SanadError('INPUT_UNREADABLE', `Cannot read ${path}: ${(error as Error).message}`, {cause: error})
      }
      try {
        return {path, source: utf8.decode(bytes).replace(/^\uFEFF/, '')}
      } catch (error) {
        // The catalog's hint is about paths and permissions; this file was read fine, in another encoding.
        throw new SanadError('INPUT_UNREADABLE', `${path} is not UTF-8 text.`, {
          cause: error,
          hint: `Save it as UTF-8 and run the command again: old Arabic documents are often Windows-1256, which \`iconv -f WINDOWS-1256 -t UTF-8 ${shellQuoted(path)} > converted.md\` converts; a Word or PDF file needs exporting to text first.`,
        })
      }
    }),
  )

interface LintOptions {
  jurisdiction: Jurisdiction
  format: 'text' | 'json'
}

export const registerLintCommand = (program: Command): void => {
  program
    .command('lint')
    .description('audit legacy articles (.md as Markdown, anything else as plain text) for banned claims and a missing disclaimer')
    .argument('<files...>', 'Markdown or plain-text files')
    .addOption(jurisdictionOption())
    .addOption(formatOption())
    .action(async (paths: string[], options: LintOptions) => {
      // Loaded here, not with the CLI: every other command would carry the Markdown and HTML parsers.
      const [{formatLintJson, formatLintText, hasLintErrors}, {legacyFormatOf, lintLegacyText}] = await Promise.all([
        import('../../lint/formatLintReport.ts'),
        import('../../lint/lintLegacyText.ts'),
      ])
      const files: LintedFile[] = (await readLegacyFiles(paths)).map(({path, source}) => ({
        path,
        findings: withinStackFor(path, () => lintLegacyText({source, format: legacyFormatOf(path), jurisdiction: options.jurisdiction})),
      }))
      process.stdout.write(`${options.format === 'json' ? formatLintJson(files) : formatLintText(files)}\n`)
      process.exitCode = hasLintErrors(files) ? 1 : 0
    })
}
