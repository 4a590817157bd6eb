// Keeps a dataset read from disk in memory only while queries run over it. A build parses the
// export's documents into the content graph once and then keeps the source open for images only:
// holding the raw documents until the end as well would nearly double the build's memory. A query
// after they were let go reads the file again.

export interface HeldWhileQueried<T> {
  /** Runs `query` over the dataset, reading it again first when it was let go. */
  query<Result>(query: (dataset: T) => Promise<Result>): Promise<Result>
  /** Lets go of the dataset for good; a later query is a bug. */
  release(): void
}

/**
 * `first` serves the first queries (the read done on open); `reread` the queries after them. Queries
 * that overlap share one dataset; it is let go when the last of them settles, not kept weakly, so
 * that what they returned is the only thing holding the documents and can be freed piece by piece.
 */
export const holdWhileQueried = <T extends object>(first: T, reread: () => Promise<T>): HeldWhileQueried<T> => {
  let held: T | undefined = first
  let rereading: Promise<T> | undefined
  let running = 0
  let released = false

  const acquire = async (): Promise<T> => {
    if (held) return held
    rereading ??= reread().finally(() => {
      rereading = undefined
    })
    const dataset = await rereading
    return (held ??= dataset)
  }

  return {
    query: async (query) => {
      if (released) throw new Error('the dataset was queried after its source was closed')
      running++
      try {
        return await query(await acquire())
      } finally {
        running--
        if (running === 0) held = undefined
      }
    },
    release: () => {
      released = true
      held = undefined
    },
  }
}
