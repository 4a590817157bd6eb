// Bundles the search page's script for the browser with esbuild, once per process: the matcher and
// the project's Arabic normaliser are the TypeScript modules the build itself uses, not a copy.
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const ENTRY = fileURLToPath(new URL('./browser/searchPage.ts', import.meta.url))

let bundled: Promise<string> | undefined

export const bundleSearchScript = (): Promise<string> =>
  (bundled ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    // The oldest browsers clinic readers are likely to have (regex \p{…} needs ES2018).
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  }).then((result) => `${result.outputFiles[0]!.text}`))
