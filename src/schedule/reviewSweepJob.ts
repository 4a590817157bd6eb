// Job: nightly, write the reviewers' due-soon digest (the review report `sanad review-report`
// prints: per medical reviewer, lapsed and soon-lapsing approvals and the articles they block), then
// rebuild every clinic so articles whose claim approvals expired come off the sites.
import {rename, writeFile} from 'node:fs/promises'
import {makeFolder} from '../publish/makeFolder.ts'
import {join} from 'node:path'
import {loadContent} from '../content/loadContent.ts'
import {runGateForAllClinics} from '../gate/index.ts'
import {buildReviewReport} from '../report/reviewReport.ts'
import {formatReviewReportJson} from '../report/reviewReportJson.ts'
import {formatReviewReportText} from '../report/reviewReportText.ts'
import {buildAndRecord, describeBuild, withSource, type JobEnvironment} from './buildAndRecord.ts'
import type {ScheduledJob} from './scheduler.ts'

const writeAtomically = async (path: string, contents: string) => {
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, contents)
  await rename(temporary, path)
}

export const reviewSweepJob = (environment: JobEnvironment & {digestDir: string}): ScheduledJob => ({
  run: ({now}) =>
    withSource(environment, async (source) => {
      const loaded = await loadContent(source)
      const gate = runGateForAllClinics({graph: loaded.graph, now, parseFindings: loaded.findings, invalidDisclaimers: loaded.invalidDisclaimers})
      const digest = buildReviewReport({graph: loaded.graph, gate, now, source: loaded.sourceDescription, sourceLabel: loaded.sourceLabel, findings: loaded.findings})
      await makeFolder(environment.digestDir)
      const base = join(environment.digestDir, `review-digest-${digest.today}`)
      await writeAtomically(`${base}.json`, `${formatReviewReportJson(digest)}\n`)
      await writeAtomically(`${base}.txt`, `${formatReviewReportText(digest)}\n`)
      const {report, outcome} = await buildAndRecord(environment, source, now, {loaded})
      const overdue = digest.reviewers.reduce((total, reviewer) => total + reviewer.overdue.length, 0)
      const dueSoon = digest.reviewers.reduce((total, reviewer) => total + reviewer.dueSoon.length, 0)
      return {summary: `digest ${base}.txt: ${overdue} lapsed and ${dueSoon} soon-lapsing approvals; rebuilt ${describeBuild(report)}`, ...outcome}
    }),
})
