import { describe, expect, it } from 'vitest'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { interpretJsonFile } from './interpret-json-file.ts'

const SESSION = `{"id":"e523d2ed","modalities":["audio"],"startDateTime":"2020-02-25T18:52:21.2169889Z","caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","x-any":0.10},"segments":[{"id":"s1","media":[{"callerNetwork":{"linkSpeed":9223372036854775807,"dnsSuffix":null}}]}]}`

describe('interpretJsonFile', () => {
  it('imports a single session from a Graph GET response without its annotations, and nothing else changed', () => {
    const response = `{"@odata.context":"https://graph.microsoft.com/beta/$metadata#communications/callRecords('x')/sessions(segments())/$entity",${SESSION.slice(1, -1)},"segments@odata.context":"https://graph.microsoft.com/beta/$metadata#x","segments@odata.nextLink":"https://graph.microsoft.com/beta/next","segments@odata.count":1}`
    const result = interpretJsonFile(response, 'session.json')
    expect(result.kind).toBe('session')
    if (result.kind !== 'session') return
    expect(result.fromGraph).toBe(true)
    expect(stringifyJson(result.body)).toBe(SESSION)
  })

  it('offers every session of a Graph list, each without annotations', () => {
    const list = `{
      "@odata.context": "https://graph.microsoft.com/beta/$metadata#communications/callRecords('x')/sessions(segments())",
      "@odata.count": 2,
      "value": [${SESSION}, {"id":"second","segments@odata.context":"x","segments":[],"modalities":["video","data"]}],
      "@odata.nextLink": "https://graph.microsoft.com/beta/communications/callRecords/x/sessions?$skiptoken=abc"
    }`
    const result = interpretJsonFile(list, 'list.json')
    expect(result.kind).toBe('list')
    if (result.kind !== 'list') return
    expect(result.sessions.map((s) => s.label)).toEqual([
      '1. e523d2ed · 2020-02-25T18:52:21.2169889Z · audio · 1 segment',
      '2. second · video, data · 0 segments',
    ])
    expect(stringifyJson(result.sessions[0]?.body ?? null)).toBe(SESSION)
    expect(stringifyJson(result.sessions[1]?.body ?? null)).toBe(
      '{"id":"second","segments":[],"modalities":["video","data"]}',
    )
  })

  it('imports a plain session file exactly as it is', () => {
    const result = interpretJsonFile(`\uFEFF${SESSION}`, 'mine.json')
    expect(result).toMatchObject({ kind: 'session', fromGraph: false })
    expect(result.kind === 'session' && stringifyJson(result.body)).toBe(SESSION)
  })

  it('recognises a saved draft', () => {
    const record =
      '{"version":1,"format":"session-composer.draft","name":"n","savedAt":"2026-01-01T00:00:00.000Z","draft":{"parameterSet":"Create","callRecordId":"r","inputObject":{},"body":"{}","bodyText":"{ }","whatIf":false,"confirm":false}}'
    expect(interpretJsonFile(record, 'n.draft.json')).toMatchObject({
      kind: 'draft',
      record: { name: 'n', draft: { bodyText: '{ }' } },
    })
  })

  it.each([
    [
      '{"id": "x",\n  "modalities": [audio]}',
      "bad.json is not valid JSON: Unexpected 'audio'; expected a JSON value at line 2, column 18.",
    ],
    ['[1, 2]', 'bad.json holds an array, not a session (a JSON object).'],
    ['{"value": []}', 'bad.json is a Graph list with no sessions in it.'],
    [
      '{"version": 9, "draft": {}}',
      'bad.json: This draft was saved by a newer Session Composer (format version 9).',
    ],
  ])('explains a bad file: %s', (text, message) => {
    expect(interpretJsonFile(text, 'bad.json')).toEqual({ kind: 'problem', message })
  })
})
