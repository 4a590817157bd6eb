// eachClinic: results in the clinics' order either way; together, every clinic starts before any
// finishes; and whether one after another or together, nothing is still running when it throws.
import {describe, expect, it} from 'vitest'
import {setTimeout as sleep} from 'node:timers/promises'
import {eachClinic} from '../../src/pipeline/eachClinic.ts'

const clinics = ['nour-cairo', 'rawda-riyadh', 'lulu-dubai']
// The first clinic takes longest, so finishing order differs from the list's order.
const delays: Record<string, number> = {'nour-cairo': 30, 'rawda-riyadh': 10, 'lulu-dubai': 1}

const recorder = () => {
  const events: string[] = []
  const step = async (slug: string) => {
    events.push(`بدء ${slug}`)
    await sleep(delays[slug])
    events.push(`نهاية ${slug}`)
    return slug.toUpperCase()
  }
  return {events, step}
}

describe('eachClinic', () => {
  it('one after another: each clinic finishes before the next starts', async () => {
    const {events, step} = recorder()
    expect(await eachClinic(clinics, false, step)).toEqual(['NOUR-CAIRO', 'RAWDA-RIYADH', 'LULU-DUBAI'])
    expect(events).toEqual(clinics.flatMap((slug) => [`بدء ${slug}`, `نهاية ${slug}`]))
  })

  it('together: all start at once, and the results still come in the clinics’ order', async () => {
    const {events, step} = recorder()
    expect(await eachClinic(clinics, true, step)).toEqual(['NOUR-CAIRO', 'RAWDA-RIYADH', 'LULU-DUBAI'])
    expect(events.slice(0, 3)).toEqual(clinics.map((slug) => `بدء ${slug}`))
  })

  it.each([false, true])('throws the failure only once every clinic has settled (together: %s)', async (together) => {
    const {events, step} = recorder()
    const failing = async (slug: string) => {
      if (slug === 'rawda-riyadh') throw new Error('القرص ممتلئ')
      return step(slug)
    }
    await expect(eachClinic(clinics, together, failing)).rejects.toThrow('القرص ممتلئ')
    // No step is left running behind the error.
    const started = events.filter((event) => event.startsWith('بدء')).length
    expect(events.filter((event) => event.startsWith('نهاية'))).toHaveLength(started)
  })
})
