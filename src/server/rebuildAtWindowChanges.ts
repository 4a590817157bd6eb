// `sanad serve`: when an article's publishAt or unpublishAt passes, rebuilds its clinics through the
// webhook's own path (the site rebuilder), so a scheduled article goes live, or comes off, then and
// not at the next edit or midnight. The timer is armed from the content the sites were last built
// from, and armed again after every rebuild, since an edit can move, add or remove those instants.
import type {ContentGraph} from '../content/contentGraph.ts'
import {clinicsWithWindowChangeAt, upcomingWindowChanges} from '../pipeline/publishWindow.ts'
import type {DocumentChange} from '../webhook/index.ts'
import {nodeTimer, waitUntil, type SetTimer} from '../schedule/instantTimer.ts'

export interface WindowChangeRebuildOptions {
  now: () => Date
  /** The instant the live sites were built as of: a window changing after it is rebuilt for. */
  builtAt: Date
  /** The content graph the sites were last built from. */
  graph: () => ContentGraph | undefined
  submit: (change: DocumentChange) => Promise<unknown>
  onProgress?: (message: string) => void
  setTimer?: SetTimer
}

export interface WindowChangeRebuild {
  /** Arms the timer again from the content the sites were last built from (after a rebuild). */
  rearm(): void
  stop(): void
}

export const rebuildAtWindowChanges = (options: WindowChangeRebuildOptions): WindowChangeRebuild => {
  const setTimer = options.setTimer ?? nodeTimer
  // Instants up to here have been rebuilt for. Re-arming counts from here, not from the clock, so an
  // instant that passed while a rebuild for an edit ran is still rebuilt for (at worst twice).
  let handledUntil = options.builtAt
  let cancel: (() => void) | undefined
  let stopped = false

  const pending = (): {graph: ContentGraph; changes: string[]} | undefined => {
    const graph = options.graph()
    return graph ? {graph, changes: upcomingWindowChanges(graph.articles.values(), handledUntil)} : undefined
  }

  const arm = (): void => {
    cancel?.()
    cancel = undefined
    const next = pending()?.changes[0]
    if (stopped || next === undefined) return
    cancel = setTimer(waitUntil(Date.parse(next), options.now()), fire)
  }

  // Checked against the clock when it fires: a timer late after the machine slept still rebuilds, one early re-arms.
  const fire = (): void => {
    cancel = undefined
    const firedAt = options.now()
    const {graph, changes} = pending() ?? {changes: []}
    const due = changes.filter((at) => Date.parse(at) <= firedAt.getTime())
    if (graph && due.length > 0) {
      handledUntil = firedAt
      const clinics = [...clinicsWithWindowChangeAt(graph.articles.values(), due)].flatMap((id) => graph.clinics.get(id) ?? [])
      const slugs = clinics.map((clinic) => clinic.slug.current).sort()
      options.onProgress?.(`publishing window changed at ${due.join(', ')}; rebuilding ${slugs.join(', ') || 'no clinic'}`)
      for (const {_id: documentId} of clinics) {
        options.submit({documentId, documentType: 'clinic'}).catch((error: unknown) => options.onProgress?.(`rebuild at a publishing window change for ${documentId} failed: ${String(error)}`))
      }
    }
    arm()
  }

  arm()
  return {
    rearm: arm,
    stop: () => {
      stopped = true
      cancel?.()
      cancel = undefined
    },
  }
}
