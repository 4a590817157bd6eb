#!/usr/bin/env node
// The `sanad` command. Runs on Node >= 22.12 with native TypeScript type stripping (npm scripts and
// npx put the node@24 devDependency first on PATH).
import {limitHeapGrowth} from '../src/process/heapGrowth.ts'

// Before the command's modules load: loading them already runs full collections.
limitHeapGrowth()
const {main} = await import('../src/cli/main.ts')

process.exitCode = await main(process.argv)
