// Runs one step per clinic and returns the results in the clinics' order. A one-off build renders
// the clinics one after another, so it holds one clinic's working set at a time. A running
// process's rebuild (one with a build memory) is a small job per clinic that spends much of its
// time waiting on the disk and the thread pool (writes, hashes, the release swap); run together,
// one clinic's rendering fills another's waits. Either way every step has settled before this
// returns or throws, so no clinic is still writing when the caller goes on.
export const eachClinic = async <Entry, Result>(entries: readonly Entry[], together: boolean, step: (entry: Entry) => Promise<Result>): Promise<Result[]> => {
  if (!together) {
    const results: Result[] = []
    for (const entry of entries) results.push(await step(entry))
    return results
  }
  const settled = await Promise.allSettled(entries.map(step))
  const failed = settled.find((outcome) => outcome.status === 'rejected')
  if (failed) throw failed.reason
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<Result>).value)
}
