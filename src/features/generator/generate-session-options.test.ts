import { describe, expect, it } from 'vitest'
import { findWarnings } from '#src/features/schema/warnings.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { generateSession } from './generate-session.ts'
import { partsOf, textAt } from './testing/session-parts.ts'

const GATEWAY_ROLES = ['skypeForBusinessMicrosoftTeamsGateway', 'mediationServer', 'gateway']

describe('generateSession options', () => {
  const shape = { segments: 2, mediaPerSegment: 3, streamsPerMedia: 2 }

  it('cycles media through the requested modalities', () => {
    const body = generateSession({ seed: 'm', ...shape, modalities: ['audio', 'video'] })
    expect(getIn(body, ['modalities'])).toEqual(['audio', 'video'])
    expect(partsOf(body).media.map((m) => m.get('label'))).toEqual([
      'main-audio',
      'main-video',
      'main-audio',
      'main-audio',
      'main-video',
      'main-audio',
    ])
  })

  it('starts when asked, to the tick, in UTC', () => {
    const body = generateSession({ seed: 's', ...shape, start: '2024-02-29T23:59:59.1234567+01:00' })
    expect(getIn(body, ['startDateTime'])).toBe('2024-02-29T22:59:59.1234567Z')
    expect(getIn(body, ['segments', 0, 'startDateTime'])).toBe('2024-02-29T22:59:59.1234567Z')
    const fromDate = generateSession({ seed: 's', ...shape, start: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) })
    expect(getIn(fromDate, ['startDateTime'])).toBe('2026-01-02T03:04:05.0000000Z')
  })

  it('picks a weekday in 2025 by default, with seven fraction digits', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const start = textAt(generateSession({ seed, ...shape }), ['startDateTime']) ?? ''
      expect(start).toMatch(/^2025-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$/)
      expect([1, 2, 3, 4, 5]).toContain(new Date(start.slice(0, 19) + 'Z').getUTCDay())
    }
  })

  it('refuses impossible shapes and starts', () => {
    expect(() => generateSession({ seed: 1, segments: -1, mediaPerSegment: 1, streamsPerMedia: 1 })).toThrow(
      RangeError,
    )
    expect(() => generateSession({ seed: 1, segments: 1, mediaPerSegment: 1.5, streamsPerMedia: 1 })).toThrow(
      RangeError,
    )
    expect(() => generateSession({ seed: 1, ...shape, start: 'yesterday' })).toThrow(RangeError)
    // @ts-expect-error an untyped caller (a form, a script) can still pass any string
    expect(() => generateSession({ seed: 1, ...shape, modalities: ['hologram'] })).toThrow(RangeError)
  })

  it('times SIP streams to a PSTN gateway, inside their segment, and no others', () => {
    const sessions = Array.from({ length: 40 }, (_, i) =>
      generateSession({
        seed: `pstn-${i}`,
        segments: 2,
        mediaPerSegment: 1,
        streamsPerMedia: 2,
        modalities: ['audio'],
      }),
    )
    const isGateway = (body: JsonValue) =>
      GATEWAY_ROLES.includes(textAt(body, ['callee', 'userAgent', 'role']) ?? '')
    const gateway = sessions.filter(isGateway)
    expect(gateway.length).toBeGreaterThan(0)
    expect(gateway.length).toBeLessThan(sessions.length)
    for (const body of sessions) {
      expect(findWarnings(body)).toEqual([])
      const timed = partsOf(body).streams.filter((s) => s.has('startDateTime'))
      expect(timed.length).toBe(isGateway(body) ? partsOf(body).streams.length : 0)
    }
  })
})
