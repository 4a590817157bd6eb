// Job: nightly, write the reviewers' due-soon digest, then rebuild every clinic so articles whose
// claim approvals expired today come off the sites.
import {mkdir, rename, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {loadContent} from '../content/loadContent.ts'
import {runGateForAllClinics} from '../gate/index.ts'
import {buildAndRecord, describeBuild, withSource, type JobEnvironment} from './buildAndRecord.ts'
import {buildReviewDigest, formatReviewDigest} from './reviewDigest.ts'
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
      const date = now.toISOString().slice(0, 10)
      const digest = buildReviewDigest(runGateForAllClinics({graph: loaded.graph, now, parseFindings: loaded.findings}), loaded.graph, date)
      await mkdir(environment.digestDir, {recursive: true})
      const base = join(environment.digestDir, `review-digest-${date}`)
      await writeAtomically(`${base}.json`, `${JSON.stringify(digest, null, 2)}\n`)
      await writeAtomically(`${base}.md`, formatReviewDigest(digest))
      const {report, outcome} = await buildAndRecord(environment, source, now, {loaded})
      const count = digest.reviewers.reduce((total, reviewer) => total + reviewer.items.length, 0)
      return {summary: `digest ${base}.md: ${count} items for ${digest.reviewers.length} reviewers; rebuilt ${describeBuild(report)}`, ...outcome}
    }),
})
