// Runs GROQ over an in-memory published dataset with groq-js, the same engine semantics as the
// Content Lake. References resolve through the dataset's id Map; parsed queries are reused.
import {evaluate, parse, type ExprNode} from 'groq-js'
import type {QueryParams} from '../contentSource.ts'
import type {PublishedDataset} from './publishedDataset.ts'

export type GroqEvaluator = <Result = unknown>(query: string, params?: QueryParams) => Promise<Result>

export const createGroqEvaluator = (dataset: PublishedDataset): GroqEvaluator => {
  const parsedQueries = new Map<string, ExprNode>()
  const dereference = ({_ref}: {_ref: string}) => dataset.byId.get(_ref)

  return async <Result>(query: string, params: QueryParams = {}): Promise<Result> => {
    let tree = parsedQueries.get(query)
    if (!tree) {
      tree = parse(query, {params})
      parsedQueries.set(query, tree)
    }
    const value = await evaluate(tree, {dataset: dataset.documents, params, dereference})
    return (await value.get()) as Result
  }
}
