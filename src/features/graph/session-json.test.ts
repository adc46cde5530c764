import { describe, expect, it } from 'vitest'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { parseSessionPage } from './session-json.ts'

describe('parseSessionPage', () => {
  it('keeps each session whole and exact (Int64 beyond 2^53, key order, unknown keys)', () => {
    const session =
      '{"id":"s1","zeta":1,"startDateTime":"2026-01-01T10:00:00Z","modalities":["audio"],"segments":[{"media":[{"streams":[{"packetUtilization":9007199254740993}]}]}],"alpha":0.10}'
    const page = parseSessionPage(`{"@odata.context":"ctx","value":[${session}],"@odata.nextLink":"next"}`)
    expect(page.nextLink).toBe('next')
    expect(page.sessions).toHaveLength(1)
    expect(page.sessions[0]).toMatchObject({
      id: 's1',
      segmentCount: 1,
      modalities: ['audio'],
      endDateTime: null,
    })
    expect(stringifyJson(page.sessions[0]!.body)).toBe(session)
  })

  it('says what is wrong with a page that is not one', () => {
    expect(() => parseSessionPage('<html>')).toThrow(/not JSON/)
    expect(() => parseSessionPage('{"items":[]}')).toThrow(/"value" array/)
    expect(() => parseSessionPage('{"value":[{"noId":true}]}')).toThrow(
      /Session 1 of the list is not a session: id/,
    )
  })
})
