// The README's example of a clinic site's build step, run as written against a built release: its
// `fetch` answered from the release's files, so what a site copying it gets is what this checks. A
// clinic name holding markup must reach the copied HTML escaped (the API's plain-text fields are not
// HTML; only `html` is sanitised).
import {execFile} from 'node:child_process'
import {readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {expect, it} from 'vitest'
import {buildDataset, copyBundledDataset, removedAfterEach, tempDir} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()
const NAME = 'عيادة <نور> & "شركاه"'

const readmeExample = async (): Promise<string> => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
  const start = readme.indexOf("A clinic site's build step")
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(start))
  if (start < 0 || !block) throw new Error("README: no js block after «A clinic site's build step»")
  return block[1]!
}

// Serves https://nour-cairo.example/… from the built site, as Netlify would, with an ETag.
const FETCH_FROM_RELEASE = `
import {readFile} from 'node:fs/promises'
globalThis.fetch = async (url) => {
  const {origin, pathname} = new URL(url)
  if (origin !== 'https://nour-cairo.example') throw new Error('unexpected fetch of ' + url)
  return new Response(await readFile(process.env.SITE_ROOT + decodeURIComponent(pathname)), {status: 200, headers: {etag: '"release"'}})
}
`

it("the README's client example copies every article, the attribution notice escaped", async () => {
  const dataset = await copyBundledDataset((documents) => documents.map((document) => (document._id === 'clinic.nour-cairo' ? {...document, name: NAME} : document)))
  const [out, client] = await Promise.all([tempDir('sanad-readme-out-'), tempDir('sanad-readme-client-')])
  cleanup(dataset, out, client)
  await buildDataset(dataset, out, {clinicSlugs: ['nour-cairo']})
  await writeFile(join(client, 'client.mjs'), await readmeExample())
  await writeFile(join(client, 'fetch-from-release.mjs'), FETCH_FROM_RELEASE)

  await promisify(execFile)(process.execPath, ['--import', './fetch-from-release.mjs', 'client.mjs'], {cwd: client, env: {...process.env, SITE_ROOT: join(out, 'nour-cairo')}})

  const index = JSON.parse(await readFile(join(out, 'nour-cairo', 'api', 'v1', 'index.json'), 'utf8')) as {articles: {slug: string}[]}
  expect((await readdir(join(client, 'content'))).toSorted()).toEqual(index.articles.map(({slug}) => `${slug}.html`).toSorted())
  for (const {slug} of index.articles) {
    const copied = await readFile(join(client, 'content', `${slug}.html`), 'utf8')
    const notice = copied.slice(copied.lastIndexOf('<p>'))
    expect(notice).toContain('عيادة &#60;نور&#62; &#38; &#34;شركاه&#34;')
    expect(notice).not.toContain('<نور>')
  }
})
