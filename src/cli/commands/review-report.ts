// `sanad review-report`: claims by workflow state, overdue and due-soon reviews per medical reviewer,
// the articles each claim keeps from publishing, and the documents that could not be read. Reads like
// `check`, and like `check` exits 1 when a document could not be read; writes nothing.
import type {Command} from 'commander'
import {formatReviewReportJson} from '../../report/reviewReportJson.ts'
import {formatReviewReportText} from '../../report/reviewReportText.ts'
import {selectSource} from '../../sources/selectSource.ts'
import {datasetOption, formatOption, nowOption} from '../options.ts'

interface ReviewReportOptions {
  dataset?: string
  format: 'text' | 'json'
  now?: Date
}

export const registerReviewReportCommand = (program: Command): void => {
  program
    .command('review-report')
    .description('list claims by review state, overdue and due-soon reviews per medical reviewer, and the articles each claim blocks')
    .addOption(datasetOption())
    .addOption(formatOption())
    .addOption(nowOption())
    .action(async (options: ReviewReportOptions) => {
      const [{loadContent}, {runGateForAllClinics}, {buildReviewReport, hasUnreadableDocuments}] = await Promise.all([
        import('../../content/loadContent.ts'),
        import('../../gate/index.ts'),
        import('../../report/reviewReport.ts'),
      ])
      const source = await selectSource(process.env, options.dataset ? {datasetPath: options.dataset} : {})
      try {
        const now = options.now ?? new Date()
        const loaded = await loadContent(source)
        const gate = runGateForAllClinics({graph: loaded.graph, now, parseFindings: loaded.findings, invalidDisclaimers: loaded.invalidDisclaimers})
        const report = buildReviewReport({graph: loaded.graph, gate, now, source: loaded.sourceDescription, sourceLabel: loaded.sourceLabel, findings: loaded.findings})
        process.stdout.write(`${options.format === 'json' ? formatReviewReportJson(report) : formatReviewReportText(report)}\n`)
        process.exitCode = hasUnreadableDocuments(report) ? 1 : 0
      } finally {
        await source.close()
      }
    })
}
