import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateSession } from '#src/features/generator/generate-session.ts'
import { arbitrarySession } from '#src/features/schema/testing/arbitrary-session.ts'
import { session } from '#src/features/schema/types/session.ts'
import { findErrors } from '#src/features/schema/validate.ts'
import { walkFields } from '#src/features/schema/walk.ts'
import {
  isJsonArray,
  isJsonObject,
  jsonTypeOf,
  type JsonPath,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { pathKey } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { maskSession } from './mask-session.ts'
import { isAddressShaped, isEmailShaped, maskAs } from './mask-text.ts'

function parse(text: string): JsonValue {
  const result = parseJson(text)
  if (!result.ok) throw result.error
  return result.value
}

/** Every leaf with its path: keys, order and JSON types are what "nothing else changed" compares. */
function leaves(value: JsonValue, path: JsonPath = []): [JsonPath, JsonValue][] {
  if (isJsonObject(value)) return [...value].flatMap(([key, item]) => leaves(item, [...path, key]))
  if (isJsonArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]))
  return [[path, value]]
}

const EXAMPLE = `{
  "id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
  "caller": {
    "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
    "name": "machineName_1",
    "associatedIdentity": {
      "id": "821809f5-0000-0000-0000-3b5136c0e777",
      "displayName": "Abbie Wilkins",
      "tenantId": "dc368399-474c-4d40-900c-6265431fd81f",
      "userPrincipalName": "abbie.wilkins@contoso.com"
    }
  },
  "callee": {
    "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
    "identity": {
      "user": { "id": "f69e2c00-0000-0000-0000-185e5f5f5d8a", "displayName": "Owen Franklin", "tenantId": "dc368399-474c-4d40-900c-6265431fd81f" },
      "phone": { "id": "+14255550100" }
    }
  },
  "segments": [{ "media": [{ "callerNetwork": {
    "ipAddress": "10.150.0.2", "subnet": "10.150.0.0", "linkSpeed": 54000000, "macAddress": "00-00-5E-00-53-AF",
    "basicServiceSetIdentifier": "00:00:5e:00:53:af", "reflexiveIPAddress": "2001:db8::2", "dnsSuffix": null,
    "traceRouteHops": [{ "hopCount": 1, "ipAddress": "10.0.0.1", "roundTripTime": "PT0.001S" }],
    "x-gateway": "192.0.2.7", "x-note": "kept as is"
  } }] }]
}`

describe('maskSession', () => {
  it('masks identifiers, names and addresses in Graph’s own example and nothing else', () => {
    const body = parse(EXAMPLE)
    const masked = stringifyJson(maskSession(body), 2)
    for (const secret of [
      '821809f5-0000-0000-0000',
      'Abbie',
      'dc368399',
      'abbie.wilkins',
      'Owen',
      '4255550',
      '10.150.0',
      '5E-00-53',
      '5e:00:53',
      '2001:db8::2',
      '10.0.0.1',
      '192.0.2.7',
      'machineName',
    ]) {
      expect(masked).not.toContain(secret)
    }
    for (const kept of [
      '•••@contoso.com',
      '10.•.•.2',
      '••••••••-••••-••••-••••-••••••••5d8a',
      '"linkSpeed": 54000000',
      '"dnsSuffix": null',
      '"x-note": "kept as is"',
      '"roundTripTime": "PT0.001S"',
      '"#microsoft.graph.callRecords.participantEndpoint"',
    ]) {
      expect(masked).toContain(kept)
    }
    expect(stringifyJson(body, 2)).toBe(stringifyJson(parse(EXAMPLE), 2))
  })

  it('masks every sensitive field, changes nothing else and validates exactly as before', () => {
    fc.assert(
      fc.property(arbitrarySession(), (body) => {
        const masked = maskSession(body)
        const before = leaves(body)
        const after = leaves(masked)
        expect(after.map(([path, value]) => `${pathKey(path)}:${jsonTypeOf(value)}`)).toEqual(
          before.map(([path, value]) => `${pathKey(path)}:${jsonTypeOf(value)}`),
        )
        const sensitive = new Map<string, JsonValue>()
        walkFields(session, body, ({ path, value, meta }) => {
          if (meta.sensitive && typeof value === 'string')
            sensitive.set(pathKey(path), maskAs(meta.sensitive, value))
        })
        after.forEach(([path, value], index) => {
          const original = before[index]?.[1]
          const expected = sensitive.get(pathKey(path))
          if (expected !== undefined) expect(value).toBe(expected)
          else if (value !== original) {
            // Anything else that changed is an address or an identity key travelling as an extra key.
            const key = path.findLast((part) => typeof part === 'string')
            expect(
              typeof original === 'string' &&
                (isAddressShaped(original) ||
                  isEmailShaped(original) ||
                  ['tenantId', 'userPrincipalName', 'id', 'displayName'].includes(String(key))),
            ).toBe(true)
          }
        })
        expect(findErrors(masked)).toEqual(findErrors(body))
      }),
    )
  })

  it('masks a generated session and keeps it free of errors', () => {
    const body = generateSession({ seed: 'mask', segments: 3, mediaPerSegment: 2, streamsPerMedia: 2 })
    const masked = maskSession(body)
    expect(findErrors(masked)).toEqual([])
    const text = stringifyJson(masked)
    expect(text).not.toMatch(/"ipAddress":"\d+\.\d+\.\d+\.\d+"/)
    expect(text).not.toMatch(/"tenantId":"[0-9a-f]{8}-/)
    expect(maskSession(body)).toBe(masked)
  })
})
