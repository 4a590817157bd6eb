// Finds a file inside an installed npm package (fonts are copied out of @fontsource packages).
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

const require = createRequire(import.meta.url)
const roots = new Map<string, string>()

const packageRoot = (name: string): string => {
  let root = roots.get(name)
  if (root) return root
  // Packages may not export package.json; start from the resolved entry and walk up to the package.
  let dir = dirname(require.resolve(name))
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`package root of ${name} not found`)
    dir = parent
  }
  roots.set(name, (root = dir))
  return root
}

export const resolvePackageFile = (name: string, file: string): string => join(packageRoot(name), file)
