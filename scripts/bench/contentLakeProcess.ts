// The Content Lake stand-in (test/support/sanityApiServer.ts) in a process of its own, for the bench's
// server path (c): the Lake is another machine, so its work and its copy of the corpus must not
// weigh on the process being timed. Prints its URL as one JSON line, then serves until stdin closes.
import {startSanityApiServer} from '../../test/support/sanityApiServer.ts'
import {readExportDocuments} from './writeCorpusDataset.ts'

const [datasetDir, token] = process.argv.slice(2)
const lake = await startSanityApiServer({documents: await readExportDocuments(datasetDir!), token: token!})
process.stdout.write(`${JSON.stringify({url: lake.url, dataset: lake.dataset})}\n`)
process.stdin.resume()
process.stdin.on('end', () => void lake.close().then(() => process.exit(0)))
