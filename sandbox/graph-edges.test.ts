import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { expectGraphError } from './testing/expectations.ts'
import { SAMPLE_SESSION, sampleWithId } from './testing/sample-session.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
let auth: Record<string, string>
const RECORD = '/beta/communications/callRecords/edges/sessions'

beforeAll(async () => {
  t = await startTestServer()
  auth = { Authorization: `Bearer ${await t.token()}` }
})
afterAll(() => t.dispose())

const post = (path: string, body: string) =>
  t.fetch(path, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body })
const get = (path: string) => t.fetch(path, { headers: auth })
const ids = async (path: string) =>
  z
    .object({ value: z.array(z.object({ id: z.string() }).loose()) })
    .parse(JSON.parse((await get(path)).text))
    .value.map((session) => session.id)

describe('ids that could never be addressed are refused, and never stored', () => {
  it('refuses session ids ., .., empty, too long, with control characters or lone surrogates', async () => {
    const refused = [
      '.',
      '..',
      '',
      'x'.repeat(257),
      'x'.repeat(100_000),
      'tab\there',
      'nul\u0000',
      'esc\u001b[31m',
    ]
    for (const id of refused) {
      const res = await post(RECORD, sampleWithId(id))
      const error = expectGraphError(res, 400, 'BadRequest')
      expect(error.message).toMatch(/^The session id /)
      expect(res.headers.location).toBeUndefined()
      expect(res.text.length).toBeLessThan(2000)
    }
    // An unpaired surrogate cannot be percent-encoded into a Location header at all.
    const lone = expectGraphError(
      await post(RECORD, `{"id":"\\ud800",${SAMPLE_SESSION.slice(1)}`),
      400,
      'BadRequest',
    )
    expect(lone.message).toContain('surrogate')
    expect(await ids(RECORD)).toEqual([])
  })

  it('keeps every id it stores addressable: read back and deleted through its Location', async () => {
    for (const id of ['...', "o'neil/call", 'x'.repeat(256), 'é😀']) {
      const created = await post(RECORD, sampleWithId(id))
      expect(created.status, created.text).toBe(201)
      const location = (created.headers.location ?? '').slice(t.server.origin.length)
      expect((await get(location)).status).toBe(200)
      expect((await t.fetch(location, { method: 'DELETE', headers: auth })).status).toBe(204)
    }
  })

  it('refuses call record and session ids in the path that are too long or hold control characters', async () => {
    const long = 'r'.repeat(300)
    expectGraphError(await get(`/beta/communications/callRecords/${long}/sessions`), 400, 'BadRequest')
    expectGraphError(
      await post(`/beta/communications/callRecords/${long}/sessions`, SAMPLE_SESSION),
      400,
      'BadRequest',
    )
    expectGraphError(await get(`${RECORD}/${'s'.repeat(300)}`), 400, 'BadRequest')
    expectGraphError(
      await post('/beta/communications/callRecords/a%00b/sessions', SAMPLE_SESSION),
      400,
      'BadRequest',
    )
    expectGraphError(await get(`/beta/communications/callRecords/a%0Ab/sessions`), 400, 'BadRequest')
  })
})

describe('OData query options the sandbox does not support get Graph’s 400', () => {
  const refused: [string, string][] = [
    [
      '$select=bogus',
      "Could not find a property named 'bogus' on type 'microsoft.graph.callRecords.session'",
    ],
    ['$filter=isTest%20eq%20true', "Query option 'Filter' is not allowed"],
    ['$orderby=startDateTime%20desc', "Query option 'OrderBy' is not allowed"],
    ['$search="teams"', "Query option 'Search' is not allowed"],
    ['$count=true', "Query option 'Count' is not allowed"],
    ['$skip=1', "Query option 'Skip' is not allowed"],
    ['$top=1&$top=2', "Query option '$top' was specified more than once"],
    ['$expand=segments&expand=segments', "Query option '$expand' was specified more than once"],
    ['$bogus=1', "The query parameter '$bogus' is not supported."],
  ]

  it.each(refused)('refuses %s on the list', async (query, message) => {
    expect(expectGraphError(await get(`${RECORD}?${query}`), 400, 'BadRequest').message).toContain(message)
  })

  it('refuses them on a single session too', async () => {
    expect((await post(RECORD, sampleWithId('one'))).status).toBe(201)
    for (const [query, message] of refused.filter(([query]) => !/top|skip|count/.test(query))) {
      expect(expectGraphError(await get(`${RECORD}/one?${query}`), 400, 'BadRequest').message).toContain(
        message,
      )
    }
  })

  it('supports $select, in any case, with the selection in @odata.context', async () => {
    expect((await post(RECORD, sampleWithId('picked'))).status).toBe(201)
    const one = await get(`${RECORD}/picked?$select=id,IsTest,startDateTime`)
    expect(one.status, one.text).toBe(200)
    expect(one.text).toBe(
      `{"@odata.context":"${t.server.origin}/beta/$metadata#communications/callRecords('edges')/sessions(id,isTest,startDateTime)/$entity","id":"picked","startDateTime":"2024-01-01T10:00:00Z","isTest":true}`,
    )
    const expanded = JSON.parse((await get(`${RECORD}?$select=id&$expand=segments&top=1`)).text) as Record<
      string,
      unknown
    >
    expect(expanded['@odata.context']).toMatch(/sessions\(id,segments\(\)\)$/)
    expect(expanded.value).toEqual([{ id: 'picked', segments: expect.any(Array) as unknown }])
    expect(expanded['@odata.nextLink']).toMatch(/\?\$top=1&\$select=id&\$expand=segments&\$skiptoken=/)
  })
})
