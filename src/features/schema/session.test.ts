import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import example from '#src/features/templates/data/graph-docs-example.json?raw'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { setIn } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { arbitrarySession } from './testing/arbitrary-session.ts'
import { findErrors } from './validate.ts'
import { findWarnings } from './warnings.ts'

function parse(text: string): JsonValue {
  const result = parseJson(text)
  if (!result.ok) throw result.error
  return result.value
}

describe('the realistic example from Graph docs', () => {
  const body = parse(example)

  it('has no errors and no warnings', () => {
    expect(findErrors(body)).toEqual([])
    expect(findWarnings(body)).toEqual([])
  })

  it('serialises back deep-equal, key order and number text included', () => {
    expect(jsonEqual(parse(stringifyJson(body, 2)), body)).toBe(true)
    expect(JSON.parse(stringifyJson(body))).toEqual(JSON.parse(example))
    expect(stringifyJson(body, 2)).toBe(JSON.stringify(JSON.parse(example), null, 2))
  })
})

describe('errors: what Graph would reject', () => {
  const base = parse(example)
  const errorsAfter = (path: (string | number)[], value: JsonValue) =>
    findErrors(setIn(base, path, value) ?? null).map((issue) => [issue.path.join('.'), issue.message])

  it('names the path and the reason', () => {
    expect(errorsAfter(['segments', 0, 'media', 0, 'streams', 1, 'averageJitter'], '7 ms')).toEqual([
      [
        'segments.0.media.0.streams.1.averageJitter',
        'Not an ISO 8601 duration; type e.g. "45 ms" or "1.5 s", or write PT0.045S',
      ],
    ])
    expect(
      errorsAfter(['segments', 0, 'media', 0, 'callerNetwork', 'port'], new JsonNumber('70000000000')),
    ).toEqual([['segments.0.media.0.callerNetwork.port', 'Above the Int32 maximum, 2,147,483,647']])
    expect(errorsAfter(['startDateTime'], null)).toEqual([
      [
        'startDateTime',
        "A null value was found for the property named 'startDateTime', which has the expected type 'Edm.DateTimeOffset[Nullable=False]'. The expected type 'Edm.DateTimeOffset[Nullable=False]' does not allow null values.",
      ],
    ])
    expect(errorsAfter(['caller', 'userAgent', 'platform'], 'Android')).toEqual([
      ['caller.userAgent.platform', "Graph matches enum members exactly: did you mean 'android'?"],
    ])
    expect(errorsAfter(['caller', '@odata.type'], '#microsoft.graph.callRecords.robotEndpoint')).toEqual([
      [
        'caller.@odata.type',
        'Unknown @odata.type for endpoint; use #microsoft.graph.callRecords.participantEndpoint or #microsoft.graph.callRecords.serviceEndpoint',
      ],
    ])
    expect(errorsAfter(['modalities', 0], 'hologram')[0]?.[0]).toBe('modalities.0')
  })

  it('keeps Int64 beyond 2^53 exact, and refuses beyond Int64', () => {
    const path = ['segments', 0, 'media', 0, 'streams', 0, 'packetUtilization']
    expect(errorsAfter(path, new JsonNumber('9007199254740993'))).toEqual([])
    expect(errorsAfter(path, new JsonNumber('9223372036854775808'))).toEqual([
      [path.join('.'), 'Above the Int64 maximum, 9,223,372,036,854,775,807'],
    ])
  })

  it('accepts subtype fields only with their @odata.type and accepts the bare type name', () => {
    expect(errorsAfter(['caller', 'cpuCoresCount'], 'eight')).toEqual([
      ['caller.cpuCoresCount', 'Expected a whole number'],
    ])
    expect(errorsAfter(['caller', '@odata.type'], 'microsoft.graph.callRecords.participantEndpoint')).toEqual(
      [],
    )
    // A service endpoint declares none of the participant's properties: each is an unknown property now.
    expect(
      errorsAfter(['caller', '@odata.type'], '#microsoft.graph.callRecords.serviceEndpoint').map(
        ([path]) => path,
      ),
    ).toEqual([
      'caller.name',
      'caller.cpuName',
      'caller.cpuCoresCount',
      'caller.cpuProcessorSpeedInMhz',
      'caller.associatedIdentity',
    ])
  })

  it('wants an object body', () => {
    expect(findErrors([]).map((i) => i.message)).toEqual(['The body must be a JSON object (a session)'])
  })
})

describe('any valid session', () => {
  it('validates clean and survives serialise → parse unchanged, in both layouts', () => {
    fc.assert(
      fc.property(arbitrarySession(), fc.boolean(), (body, pretty) => {
        expect(findErrors(body)).toEqual([])
        const text = stringifyJson(body, pretty ? 2 : 0)
        const back = parse(text)
        expect(jsonEqual(back, body)).toBe(true)
        expect(stringifyJson(back, pretty ? 2 : 0)).toBe(text)
      }),
    )
  })
})
