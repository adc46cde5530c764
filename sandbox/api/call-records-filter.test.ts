import { expect, it } from 'vitest'
import { parseCallRecordFilter } from './call-records-filter.ts'

it('reads Graph’s documented filters on startDateTime and participants', () => {
  expect(
    parseCallRecordFilter('startDateTime ge 2023-09-25T09:25:00Z and startDateTime lt 2023-09-25T09:30:00Z'),
  ).toEqual({
    ok: true,
    filter: {
      startFrom: { ms: Date.parse('2023-09-25T09:25:00Z'), inclusive: true },
      startUntil: { ms: Date.parse('2023-09-25T09:30:00Z'), inclusive: false },
    },
  })
  // An unencoded '+' offset arrives as a space.
  expect(parseCallRecordFilter('startDateTime gt 2023-09-25T10:25:00 01:00')).toEqual({
    ok: true,
    filter: { startFrom: { ms: Date.parse('2023-09-25T09:25:00Z'), inclusive: false } },
  })
  expect(parseCallRecordFilter("participants_v2/any(p:p/id eq 'o''neil')")).toEqual({
    ok: true,
    filter: { participantId: "o'neil" },
  })
})

it('answers anything else with an invalid filter clause that says what is supported', () => {
  for (const text of [
    "type eq 'groupCall'",
    'startDateTime eq 2023-09-25T09:25:00Z',
    'startDateTime ge yesterday',
    'startDateTime ge 2023-01-01T00:00:00Z or startDateTime lt 2022-01-01T00:00:00Z',
    'startDateTime ge 2023-01-01T00:00:00Z and startDateTime gt 2023-02-01T00:00:00Z',
    "participants_v2/any(p:q/id eq 'x')",
    '',
  ]) {
    const result = parseCallRecordFilter(text)
    expect(result.ok ? 'accepted' : result.message, text).toMatch(/^Invalid filter clause: /)
  }
})
