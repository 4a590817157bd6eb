#!/usr/bin/env node
// The `sanad` command. Runs on Node >= 22.12 with native TypeScript type stripping (npm scripts and
// npx put the node@24 devDependency first on PATH).
import {main} from '../src/cli/main.ts'

process.exitCode = await main(process.argv)
