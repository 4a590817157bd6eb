// parsePort: `--port` for `sanad serve`, `PORT` for `npm start`. A wrong value is a usage error, and
// what to do depends on where the value came from: a flag is explained by --help, a variable is not.
import {describe, expect, it} from 'vitest'
import {parsePort} from '../../src/cli/options.ts'
import {SanadError} from '../../src/errors/catalog.ts'

const refusal = (value: string, name?: string): SanadError => {
  try {
    parsePort(value, name)
  } catch (error) {
    if (error instanceof SanadError) return error
    throw error
  }
  throw new Error(`parsePort accepted "${value}"`)
}

describe('parsePort', () => {
  it.each([
    ['0', 0],
    ['4321', 4321],
    ['65535', 65535],
  ])('accepts %s', (value, port) => {
    expect(parsePort(value)).toBe(port)
  })

  it.each(['abc', '', '-1', '4321.5', '65536', ' 4321', '٤٣٢١'])('refuses "%s" with exit 2', (value) => {
    expect(refusal(value)).toMatchObject({code: 'USAGE', exitCode: 2, message: `--port must be a port number from 0 to 65535, got "${value}".`})
  })

  it('says to run --help for the flag, and what to set for the variable', () => {
    expect(refusal('abc').hint).toBe('Run `sanad --help` for the commands and their options.')
    expect(refusal('abc', 'PORT')).toMatchObject({
      message: 'PORT must be a port number from 0 to 65535, got "abc".',
      hint: 'Set PORT to a free port such as 4321, or unset it to use 4321; the clinic sites take the ports after it.',
    })
  })
})
