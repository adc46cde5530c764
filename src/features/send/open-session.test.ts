import { describe, expect, it } from 'vitest'
import { isJsonObject } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { isResponseAnnotation, sessionAsDraftBody } from './open-session.ts'

function open(text: string): string {
  const parsed = parseJson(text)
  if (!parsed.ok || !isJsonObject(parsed.value)) throw new Error('test input')
  return stringifyJson(sessionAsDraftBody(parsed.value))
}

describe('sessionAsDraftBody', () => {
  it('drops response-only annotations at any depth and keeps everything else exactly', () => {
    expect(
      open(
        '{"@odata.context":"https://x/$metadata#s/$entity","@odata.etag":"W/1","id":"s1","segments@odata.context":"c","segments":[{"@odata.id":"x","caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","extra":null}}],"big":9007199254740993,"ratio":0.10,"10":"k"}',
      ),
    ).toBe(
      '{"id":"s1","segments":[{"caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","extra":null}}],"big":9007199254740993,"ratio":0.10,"10":"k"}',
    )
  })

  it('tells annotations that describe a response from those that are data', () => {
    expect(
      ['@odata.context', 'odata.etag', 'media@odata.navigationLink', 'value@odata.nextLink'].map(
        isResponseAnnotation,
      ),
    ).toEqual([true, true, true, true])
    expect(
      ['@odata.type', 'caller@odata.type', 'id', 'odata', '@odata.custom'].map(isResponseAnnotation),
    ).toEqual([false, false, false, false, false])
  })
})
