// Runs GROQ over an in-memory published dataset with groq-js, the same engine semantics as the
// Content Lake. References resolve through the dataset's id Map; parsed queries are reused.
import {setImmediate as nextTurn} from 'node:timers/promises'
import {evaluate, parse, type ExprNode} from 'groq-js'
import type {QueryParams} from '../contentSource.ts'
import type {PublishedDataset} from './publishedDataset.ts'

export type GroqEvaluator = <Result = unknown>(dataset: PublishedDataset, query: string, params?: QueryParams) => Promise<Result>

export const createGroqEvaluator = (): GroqEvaluator => {
  const parsedQueries = new Map<string, ExprNode>()

  return async <Result>(dataset: PublishedDataset, query: string, params: QueryParams = {}): Promise<Result> => {
    let tree = parsedQueries.get(query)
    if (!tree) {
      // Parsed without the params: groq-js would write their values into the tree, and the tree is
      // reused for the same query with other params. evaluate() gets them on every call.
      tree = parse(query)
      parsedQueries.set(query, tree)
    }
    const dereference = ({_ref}: {_ref: string}) => dataset.byId.get(_ref)
    const value = await evaluate(tree, {dataset: dataset.documents, params, dereference})
    const result = (await value.get()) as Result
    // groq-js's streams settle a few microtasks after the result is complete, holding the dataset
    // until then; returning a turn later lets the dataset go before the caller uses the result.
    await nextTurn()
    return result
  }
}
