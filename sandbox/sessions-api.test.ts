import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { expectGraphError, expectRequestIds } from './testing/expectations.ts'
import { SAMPLE_SESSION, SAMPLE_WITHOUT_SEGMENTS, sampleWithId } from './testing/sample-session.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
let auth: Record<string, string>
const SESSIONS = '/beta/communications/callRecords/rec-1/sessions'
const MB4 = 4 * 1024 * 1024

beforeAll(async () => {
  t = await startTestServer()
  auth = { Authorization: `Bearer ${await t.token()}` }
})
afterAll(() => t.dispose())

const post = (path: string, body: string | Buffer | Iterable<Buffer>, headers: Record<string, string> = {}) =>
  t.fetch(path, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', ...headers },
    body,
  })
const get = (path: string) => t.fetch(path, { headers: auth })
const context = (record: string, rest: string) =>
  `${t.server.origin}/beta/$metadata#communications/callRecords(${record})/${rest}`

const list = z.strictObject({
  '@odata.context': z.string(),
  value: z.array(z.object({ id: z.string() }).loose()),
  '@odata.nextLink': z.string().optional(),
})

describe('POST …/sessions', () => {
  it('stores the session and answers 201 with it byte for byte, an id assigned and @odata.context first', async () => {
    const res = await post(SESSIONS, SAMPLE_SESSION, { 'client-request-id': 'my-request-1' })
    expect(res.status, res.text).toBe(201)
    expectRequestIds(res, 'my-request-1')
    const id = /^\{"@odata\.context":"[^"]*","id":"([0-9a-f-]{36})",/.exec(res.text)?.[1] ?? ''
    expect(res.text).toBe(
      `{"@odata.context":"${context("'rec-1'", 'sessions/$entity')}",${sampleWithId(id).slice(1)}`,
    )
    expect(res.headers.location).toBe(`${t.server.origin}${SESSIONS}/${id}`)
    expect(res.headers['content-type']).toMatch(/^application\/json;odata\.metadata=minimal/)

    const expanded = await get(`${SESSIONS}/${id}?$expand=segments`)
    expect(expanded.status).toBe(200)
    expect(expanded.text).toBe(
      `{"@odata.context":"${context("'rec-1'", 'sessions(segments())/$entity')}",${sampleWithId(id).slice(1)}`,
    )
    const plain = await get(`${SESSIONS}/${id}`)
    expect(plain.text).toBe(
      `{"@odata.context":"${context("'rec-1'", 'sessions/$entity')}","id":"${id}",${SAMPLE_WITHOUT_SEGMENTS.slice(1)}`,
    )
  })

  it('keeps a sent id in place, quotes the key in @odata.context and encodes it in Location', async () => {
    const path = `/beta/communications/callRecords/${encodeURIComponent("o'neil call")}/sessions`
    const res = await post(path, sampleWithId('my-id'))
    expect(res.status, res.text).toBe(201)
    expect(res.text).toBe(
      `{"@odata.context":"${context("'o''neil call'", 'sessions/$entity')}",${sampleWithId('my-id').slice(1)}`,
    )
    expect(res.headers.location).toBe(`${t.server.origin}${path}/my-id`)
    expectGraphError(await post(path, sampleWithId('my-id')), 409, 'nameAlreadyExists')
  })

  it('matches Graph’s segment names in any case, and keeps the case of the ids', async () => {
    const res = await post('/BETA/Communications/CallRecords/Rec-Case/Sessions', sampleWithId('Id-Case'))
    expect(res.status, res.text).toBe(201)
    expect(res.headers.location).toBe(
      `${t.server.origin}/beta/communications/callRecords/Rec-Case/sessions/Id-Case`,
    )
    expect((await get('/beta/communications/callRecords/Rec-Case/sessions/Id-Case')).status).toBe(200)
    expectGraphError(
      await get('/beta/communications/callRecords/rec-case/sessions/Id-Case'),
      404,
      'itemNotFound',
    )
  })

  it('answers 400 naming the path of the first invalid field, with every issue in details', async () => {
    const body = SAMPLE_SESSION.replace('"PT0.02S"', '"7 ms"').replace('"isTest":true', '"isTest":"yes"')
    const error = expectGraphError(
      await post('/beta/communications/callRecords/bad/sessions', body),
      400,
      'BadRequest',
    )
    expect(error.message).toBe('Invalid value at isTest: ' + (error.details?.[0]?.message ?? ''))
    expect(error.details?.map((detail) => detail.target)).toEqual([
      'isTest',
      'segments[0].media[0].streams[1].averageJitter',
    ])
    expect(error.details?.[1]).toEqual({
      code: 'invalidRequest',
      message: 'Not an ISO 8601 duration; type e.g. "45 ms" or "1.5 s", or write PT0.045S',
      target: 'segments[0].media[0].streams[1].averageJitter',
    })
    const only = SAMPLE_SESSION.replace('"PT0.02S"', '"7 ms"')
    const single = expectGraphError(
      await post('/beta/communications/callRecords/bad/sessions', only),
      400,
      'BadRequest',
    )
    expect(single.message).toBe(
      'Invalid value at segments[0].media[0].streams[1].averageJitter: Not an ISO 8601 duration; type e.g. "45 ms" or "1.5 s", or write PT0.045S',
    )
    expect(
      list.parse(JSON.parse((await get('/beta/communications/callRecords/bad/sessions')).text)).value,
    ).toEqual([])
  })

  it('answers 400 as Graph does for an undeclared property, a null it does not allow, an abstract type', async () => {
    const bad = '/beta/communications/callRecords/bad/sessions'
    const typo = expectGraphError(
      await post(bad, SAMPLE_SESSION.replace('"averageJitter":"PT0.02S"', '"averageJiter":"PT0.02S"')),
      400,
      'BadRequest',
    )
    expect(typo.message).toBe(
      "The property 'averageJiter' does not exist on type 'microsoft.graph.callRecords.mediaStream'. Make sure to only use property names that are defined by the type or mark the type as open type.",
    )
    expect(typo.details).toEqual([
      {
        code: 'invalidRequest',
        message: typo.message,
        target: 'segments[0].media[0].streams[1].averageJiter',
      },
    ])
    const nulled = expectGraphError(
      await post(bad, SAMPLE_SESSION.replace('"streamDirection":"callerToCallee"', '"streamDirection":null')),
      400,
      'BadRequest',
    )
    expect(nulled.message).toBe(
      "A null value was found for the property named 'streamDirection', which has the expected type 'microsoft.graph.callRecords.mediaStreamDirection[Nullable=False]'. The expected type 'microsoft.graph.callRecords.mediaStreamDirection[Nullable=False]' does not allow null values.",
    )
    const abstract = expectGraphError(
      await post(
        bad,
        SAMPLE_SESSION.replace('"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent",', ''),
      ),
      400,
      'BadRequest',
    )
    expect(abstract.message).toBe(
      "An instance of the abstract resource type 'microsoft.graph.callRecords.userAgent' was found. Abstract resource types cannot be instantiated.",
    )
    expect(abstract.details?.[0]?.target).toBe('callee.userAgent["@odata.type"]')
  })

  it('lists at most 100 issues, then says how many more there are', async () => {
    const body = `{"modalities":[${Array.from({ length: 250 }, () => '"hologram"').join(',')}]}`
    const error = expectGraphError(await post(SESSIONS, body), 400, 'BadRequest')
    expect(error.details).toHaveLength(100)
    expect(error.details?.[99]?.target).toBe('modalities[99]')
    expect(error.message).toContain('(250 invalid values: details lists the first 100, and 150 more)')
  })

  it('answers 400 with the line and column of a JSON syntax error', async () => {
    const error = expectGraphError(
      await post(SESSIONS, '{\n  "isTest": true,\n  "modalities": }'),
      400,
      'BadRequest',
    )
    expect(error.message).toBe(
      'The request body is not valid JSON: Unexpected character "}"; expected a JSON value at line 3, column 17.',
    )
  })

  it('answers 415 unless the body is application/json', async () => {
    const error = expectGraphError(
      await post(SESSIONS, SAMPLE_SESSION, { 'Content-Type': 'text/plain' }),
      415,
      'UnsupportedMediaType',
    )
    expect(error.message).toContain("'text/plain'")
    expect(
      (await post(SESSIONS, SAMPLE_SESSION, { 'Content-Type': 'application/json; charset=utf-8' })).status,
    ).toBe(201)
  })

  it('accepts exactly 4 MB and answers 413 from one byte more, declared or chunked', async () => {
    const exact = Buffer.alloc(MB4, 0x20)
    exact.write('{}')
    expect((await post('/beta/communications/callRecords/big/sessions', exact)).status).toBe(201)

    const declared = await post(SESSIONS, Buffer.alloc(MB4 + 1, 0x20))
    expect(expectGraphError(declared, 413, 'RequestEntityTooLarge').message).toContain('4,194,304')
    const chunks = Array.from({ length: 5 }, () => Buffer.alloc(MB4 / 4, 0x20))
    expectGraphError(await post(SESSIONS, chunks), 413, 'RequestEntityTooLarge')
  })
})

describe('GET and DELETE', () => {
  const RECORD = '/beta/communications/callRecords/paged/sessions'

  it('lists newest first, omits segments unless expanded, and pages with $top and a $skiptoken nextLink', async () => {
    for (const id of ['s1', 's2', 's3']) expect((await post(RECORD, sampleWithId(id))).status).toBe(201)

    const first = await get(`${RECORD}?$top=2`)
    expectRequestIds(first)
    const page1 = list.parse(JSON.parse(first.text))
    expect(page1['@odata.context']).toBe(context("'paged'", 'sessions'))
    expect(page1.value.map((session) => session.id)).toEqual(['s3', 's2'])
    expect(first.text).not.toContain('"segments"')
    expect(page1['@odata.nextLink']).toMatch(
      new RegExp(`^${t.server.origin}${RECORD}\\?\\$top=2&\\$skiptoken=[\\w-]+$`),
    )

    const second = list.parse(
      JSON.parse((await get(page1['@odata.nextLink']!.slice(t.server.origin.length))).text),
    )
    expect(second.value.map((session) => session.id)).toEqual(['s1'])
    expect(second['@odata.nextLink']).toBeUndefined()

    const expanded = await get(`${RECORD}?$expand=segments`)
    const all = list.parse(JSON.parse(expanded.text))
    expect(all['@odata.context']).toBe(context("'paged'", 'sessions(segments())'))
    expect(all.value.map((session) => session.id)).toEqual(['s3', 's2', 's1'])
    expect(expanded.text).toContain(`${sampleWithId('s3')},`)

    expectGraphError(await get(`${RECORD}?$expand=participants`), 400, 'BadRequest')
    expectGraphError(await get(`${RECORD}?$top=-1`), 400, 'BadRequest')
    expectGraphError(await get(`${RECORD}?$skiptoken=nonsense`), 400, 'BadRequest')
  })

  it('deletes with 204, then the session is gone (404 itemNotFound)', async () => {
    expect((await post(RECORD, sampleWithId('doomed'))).status).toBe(201)
    const deleted = await t.fetch(`${RECORD}/doomed`, { method: 'DELETE', headers: auth })
    expect(deleted.status).toBe(204)
    expectRequestIds(deleted)
    expectGraphError(await get(`${RECORD}/doomed`), 404, 'itemNotFound')
    expectGraphError(
      await t.fetch(`${RECORD}/doomed`, { method: 'DELETE', headers: auth }),
      404,
      'itemNotFound',
    )
  })
})
