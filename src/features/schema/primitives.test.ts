import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { ruleOf } from './field-meta.ts'
import { dateTimeOffset, duration, graphEnum, int32, int64, single } from './primitives.ts'

/** Numbers as JSON text, as the lossless tree holds them. */
const lift = (value: unknown): JsonValue =>
  typeof value === 'number' || typeof value === 'bigint'
    ? new JsonNumber(String(value))
    : (value as JsonValue)
const message = (schema: z.ZodType, value: unknown) => ruleOf(schema)?.problem(lift(value))
const ok = (schema: z.ZodType, value: unknown) => message(schema, value) === undefined

describe('DateTimeOffset', () => {
  it.each([
    '2020-02-25T18:52:21.2169889Z',
    '2014-01-01T00:00:00Z',
    '2020-02-25T18:52:21+01:00',
    '2020-02-29T00:00:00-14:00',
    '2020-02-25T18:52:21.123456789012Z',
    '0001-01-01T00:00:00Z',
  ])('accepts %s', (value) => expect(ok(dateTimeOffset, value)).toBe(true))

  it.each([
    [
      '2020-02-25T18:52:21',
      'Add a time zone: Z for UTC (e.g. 2020-02-25T18:52:21Z) or an offset such as +01:00',
    ],
    ['2020-02-25 18:52:21Z', 'Not an ISO 8601 date-time; write e.g. 2020-02-25T18:52:21.2169889Z'],
    ['2021-02-29T00:00:00Z', '2021-02 has only 28 days'],
    ['2020-04-31T00:00:00Z', '2020-04 has only 30 days'],
    ['2020-02-25T24:00:00Z', 'There is no hour 24 (00–23)'],
    ['2025-13-45 25:61', 'There is no month 13 (01–12)'],
    ['2025-02-30 10:61', '2025-02 has only 28 days'],
    ['2025-02-03 10:61', 'There is no minute 61 (00–59)'],
    [
      '2020-02-25T18:52:21.1234567890123Z',
      'Not an ISO 8601 date-time; write e.g. 2020-02-25T18:52:21.2169889Z',
    ],
    ['2020-02-25T18:52:21+15:00', 'A UTC offset must be within ±14:00'],
    ['2020-02-25T18:52:21+14:01', 'A UTC offset must be within ±14:00'],
    ['2020-02-25T18:52:21+01:60', "A UTC offset's minutes run from 00 to 59"],
    ['0000-01-01T00:00:00Z', 'The year must be between 0001 and 9999'],
    ['10000-01-01T00:00:00Z', 'The year must be between 0001 and 9999'],
    [1582656741, 'Expected a date-time string such as 2020-02-25T18:52:21Z'],
  ])('rejects %j', (value, expected) => expect(message(dateTimeOffset, value)).toBe(expected))
})

describe('Duration', () => {
  it.each(['PT0.016S', 'PT1S', 'P1DT2H', '-PT1S', 'PT0S', 'P3D', 'PT1M30.5S', 'PT10675199S'])(
    'accepts %s',
    (value) => expect(ok(duration, value)).toBe(true),
  )
  it.each([
    ['P', 'Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H'],
    ['PT', 'Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H'],
    ['P1DT', 'Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H'],
    ['-P', 'Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H'],
    ['P1Y', 'Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H'],
    ['PT1.S', 'Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H'],
    ['pt1s', 'Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H'],
    ['16 ms', 'Not an ISO 8601 duration; type e.g. "45 ms" or "1.5 s", or write PT0.045S'],
    ['P99999999D', 'Longer than System.TimeSpan can hold (about 29,227 years)'],
    [0.016, 'Expected a duration string such as PT0.016S'],
  ])('rejects %j', (value, expected) => expect(message(duration, value)).toBe(expected))
})

describe('numbers', () => {
  it('Single takes finite float32 values', () => {
    expect(ok(single, 1.160898)).toBe(true)
    expect(ok(single, -3.4e38)).toBe(true)
    expect(message(single, 3.5e38)).toBe('Above the largest Single (3.4e38)')
    expect(message(single, new JsonNumber('1e400'))).toBe('Too large for a number')
    expect(message(single, '0.5')).toBe('Expected a number')
  })

  it('Int32 enforces its range and integrality', () => {
    expect(ok(int32, 2147483647)).toBe(true)
    expect(ok(int32, -2147483648)).toBe(true)
    expect(message(int32, 2147483648)).toBe('Above the Int32 maximum, 2,147,483,647')
    expect(message(int32, -2147483649)).toBe('Below the Int32 minimum, −2,147,483,648')
    expect(message(int32, 1.5)).toBe('Expected a whole number (Int32)')
    expect(ok(int32, new JsonNumber('1e3'))).toBe(true)
    expect(message(int32, 2n ** 60n)).toBe('Above the Int32 maximum, 2,147,483,647')
    expect(message(int32, '7')).toBe('Expected a whole number')
  })

  it('Int64 keeps values beyond 2^53 exact and enforces its range', () => {
    expect(ok(int64, 4294967295)).toBe(true)
    expect(ok(int64, 9223372036854775807n)).toBe(true)
    expect(ok(int64, -9223372036854775808n)).toBe(true)
    expect(message(int64, 9223372036854775808n)).toBe('Above the Int64 maximum, 9,223,372,036,854,775,807')
    expect(message(int64, -9223372036854775809n)).toBe('Below the Int64 minimum, −9,223,372,036,854,775,808')
    expect(message(int64, new JsonNumber('1e20'))).toBe(
      'Write Int64 values as plain integers (no exponent) so they stay exact',
    )
    expect(ok(int64, new JsonNumber('1.0'))).toBe(true)
    expect(message(int64, 1.5)).toBe('Expected a whole number (Int64)')
    expect(message(int64, '15644878')).toBe('Expected a whole number (Int64)')
  })
})

describe('enums', () => {
  it('match members exactly and suggest the right case', () => {
    expect(ok(graphEnum('wifiBand'), 'frequency24GHz')).toBe(true)
    expect(ok(graphEnum('failureStage'), 'unknownFutureValue')).toBe(true)
    expect(message(graphEnum('failureStage'), 'midCall')).toBe(
      "Graph matches enum members exactly: did you mean 'midcall'?",
    )
    expect(message(graphEnum('mediaStreamDirection'), 'both')).toBe(
      'Not a mediaStreamDirection member; one of callerToCallee, calleeToCaller',
    )
    expect(message(graphEnum('mediaStreamDirection'), 7)).toBe(
      'Not a mediaStreamDirection member; one of callerToCallee, calleeToCaller',
    )
    expect(ok(graphEnum('endpointType'), 'skypeForBusinessVoipPhone')).toBe(true)
  })

  it("name 'unknown', which the help lists but the beta modality enum does not have", () => {
    expect(message(graphEnum('modality'), 'unknown')).toBe(
      "'unknown' is in the help, but Graph's metadata has no such modality member; one of audio, video, videoBasedScreenSharing, data, screenSharing, unknownFutureValue",
    )
  })
})
