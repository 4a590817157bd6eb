// `sanad import <files...>`: legacy Markdown or text articles to Sanad draft articles, with the
// linter's findings, into a dataset file (--dataset) or Sanity (--to-sanity); neither writes nothing.
import {Option, type Command} from 'commander'
import {SanadError} from '../../errors/catalog.ts'
import type {ImportTarget} from '../../import/formatImportReport.ts'
import type {Jurisdiction} from '../../presets/preset.ts'
import {withinStackFor} from '../legacyFileWithinStack.ts'
import {formatOption, nonEmpty} from '../options.ts'
import {jurisdictionOption, readLegacyFiles} from './lint.ts'

interface ImportOptions {
  dataset?: string
  toSanity?: boolean
  jurisdiction: Jurisdiction
  format: 'text' | 'json'
}

export const registerImportCommand = (program: Command): void => {
  program
    .command('import')
    .description('convert legacy articles (.md as Markdown, anything else as plain text) into draft articles, with their lint findings')
    .argument('<files...>', 'Markdown or plain-text files')
    .addOption(new Option('--dataset <path>', 'add the drafts to this data.ndjson or export folder (not an archive: extract a .tar.gz first); a new file name starts a data.ndjson').argParser(nonEmpty('--dataset')).conflicts('toSanity'))
    .addOption(new Option('--to-sanity', 'create the drafts in Sanity (SANITY_PROJECT_ID, SANITY_DATASET, SANITY_WRITE_TOKEN)'))
    .addOption(jurisdictionOption())
    .addOption(formatOption())
    .action(async (paths: string[], options: ImportOptions) => {
      // Loaded here, not with the CLI: every other command would carry the Markdown and HTML parsers.
      const [{formatImportJson, formatImportText}, {draftIdClashes}, {legacyArticleDraft}, {sanityImportTarget}, {writeDraftsToDataset}, {legacyFormatOf}] = await Promise.all([
        import('../../import/formatImportReport.ts'),
        import('../../import/draftIdClashes.ts'),
        import('../../import/legacyArticleDraft.ts'),
        import('../../import/sanityImportTarget.ts'),
        import('../../import/writeDraftsToDataset.ts'),
        import('../../lint/lintLegacyText.ts'),
      ])
      const drafts = (await readLegacyFiles(paths)).map(({path, source}) =>
        withinStackFor(path, () => legacyArticleDraft({path, source, format: legacyFormatOf(path), jurisdiction: options.jurisdiction})),
      )
      const clashes = draftIdClashes(drafts)
      if (clashes.length > 0) {
        const named = clashes.map(({id, paths: clashing}) => `${clashing.join(' and ')} would both become ${id}`)
        throw new SanadError('IMPORT_DRAFT_ID_CLASH', `${named.join('; ')}. Nothing was written.`)
      }
      const documents = drafts.map((draft) => draft.document)
      let target: ImportTarget = {kind: 'none'}
      if (options.dataset) {
        target = {kind: 'dataset', path: await writeDraftsToDataset(options.dataset, documents)}
      } else if (options.toSanity) {
        const {config, writeToken} = sanityImportTarget(process.env)
        const {importDraftsToSanity} = await import('../../import/importDraftsToSanity.ts')
        await importDraftsToSanity(config, writeToken, documents)
        target = {kind: 'sanity', projectId: config.projectId, dataset: config.dataset}
      }
      process.stdout.write(`${options.format === 'json' ? formatImportJson(drafts, target) : formatImportText(drafts, target)}\n`)
      process.exitCode = 0
    })
}
