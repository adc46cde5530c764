import { PageIterator, type Client } from '@microsoft/microsoft-graph-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ABBIE, conferenceSession, OWEN, peerSession } from './testing/call-record-sessions.ts'
import { graphError, graphSdkFor } from './testing/graph-sdk-client.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
let client: Client

beforeAll(async () => {
  t = await startTestServer()
  ;({ client } = await graphSdkFor(t))
})
afterAll(() => t.dispose())

const record = z
  .object({
    '@odata.context': z.string(),
    id: z.string(),
    version: z.number(),
    type: z.string(),
    modalities: z.array(z.string()),
    startDateTime: z.string().nullable(),
    endDateTime: z.string().nullable(),
    lastModifiedDateTime: z.string(),
    joinWebUrl: z.null(),
    organizer_v2: z.object({ id: z.string(), identity: z.record(z.string(), z.unknown()) }).nullable(),
    participants_v2: z.array(z.object({ id: z.string() }).loose()).optional(),
    sessions: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .loose()

describe('the call record, through the Graph SDK', () => {
  const id = 'sdk-record'
  const sessions = `/communications/callRecords/${id}/sessions`

  it('creates a session, then reads the call record derived from it, and sees it change with the next one', async () => {
    const created = z
      .object({ id: z.string() })
      .loose()
      .parse(
        await client.api(sessions).post(peerSession('s1', '2024-03-01T10:00:00Z', '2024-03-01T10:05:00Z')),
      )
    expect(created.id).toBe('s1')

    const raw: unknown = await client.api(`/communications/callRecords/${id}`).get()
    const first = record.parse(raw)
    expect(first).toMatchObject({
      '@odata.context': `${t.server.origin}/beta/$metadata#communications/callRecords/$entity`,
      id,
      version: 1,
      type: 'peerToPeer',
      modalities: ['audio'],
      startDateTime: '2024-03-01T10:00:00Z',
      endDateTime: '2024-03-01T10:05:00Z',
      joinWebUrl: null,
      'organizer_v2@odata.context': `${t.server.origin}/beta/$metadata#communications/callRecords('${id}')/organizer_v2/$entity`,
      organizer_v2: {
        id: ABBIE.id,
        identity: { user: { ...ABBIE, userPrincipalName: 'abbie.wilkins@contoso.com' } },
      },
    })
    expect(first).not.toHaveProperty('sessions')
    // Graph's order, as its examples show it (zod's output would follow the schema's).
    expect(Object.keys(z.object({}).loose().parse(raw)).slice(0, 9)).toEqual([
      '@odata.context',
      'version',
      'type',
      'modalities',
      'lastModifiedDateTime',
      'startDateTime',
      'endDateTime',
      'joinWebUrl',
      'id',
    ])

    await client.api(sessions).post(conferenceSession('s2', '2024-03-01T09:58:00Z', '2024-03-01T10:20:00Z'))
    const second = record.parse(
      await client.api(`/communications/callRecords/${id}`).expand('participants_v2').get(),
    )
    expect(second).toMatchObject({
      version: 2,
      type: 'groupCall',
      modalities: ['audio', 'video', 'screenSharing'],
      startDateTime: '2024-03-01T09:58:00Z',
      endDateTime: '2024-03-01T10:20:00Z',
    })
    // The organizer is the caller of the session that started first.
    expect(second.organizer_v2?.id).toBe('aaaaaaaa-0000-0000-0000-000000000003')
    expect(second.participants_v2?.map((p) => p.id)).toEqual([
      ABBIE.id,
      OWEN.id,
      'aaaaaaaa-0000-0000-0000-000000000003',
    ])
    expect(Date.parse(second.lastModifiedDateTime)).toBeGreaterThanOrEqual(
      Date.parse(first.lastModifiedDateTime),
    )

    await client.api(`${sessions}/s2`).delete()
    const third = record.parse(await client.api(`/communications/callRecords/${id}`).get())
    expect(third).toMatchObject({
      version: 3,
      type: 'peerToPeer',
      modalities: ['audio'],
      organizer_v2: { id: ABBIE.id },
    })
  })

  it('expands sessions, and their segments with the nested $expand of Graph’s docs', async () => {
    await client
      .api(sessions)
      .post(peerSession('s3', '2024-03-01T11:00:00Z', '2024-03-01T11:01:00Z', ['video']))
    const full = record.parse(
      await client.api(`/communications/callRecords/${id}`).expand('sessions($expand=segments)').get(),
    )
    expect(full['@odata.context']).toBe(
      `${t.server.origin}/beta/$metadata#communications/callRecords(sessions(segments()))/$entity`,
    )
    expect(full.sessions?.map((s) => s.id)).toEqual(['s3', 's1'])
    expect(full.sessions?.[0]).toMatchObject({
      segments: [{ id: 's3-seg', media: [{ label: 'main-audio' }] }],
    })

    const shallow = record.parse(
      await client.api(`/communications/callRecords/${id}`).expand('sessions').get(),
    )
    expect(shallow.sessions?.map((s) => Object.hasOwn(s, 'segments'))).toEqual([false, false])

    const picked: unknown = await client
      .api(`/communications/callRecords/${id}`)
      .select(['id', 'version'])
      .expand('sessions($select=id,modalities;$expand=segments($select=id))')
      .get()
    expect(picked).toEqual({
      '@odata.context': `${t.server.origin}/beta/$metadata#communications/callRecords(id,version,sessions(id,modalities,segments(id)))/$entity`,
      version: 4,
      id,
      sessions: [
        { id: 's3', modalities: ['video'], segments: [{ id: 's3-seg' }] },
        { id: 's1', modalities: ['audio'], segments: [{ id: 's1-seg' }] },
      ],
    })
  })

  it('expands sessions 60 at a time, the rest behind sessions@odata.nextLink', async () => {
    const auth = { Authorization: `Bearer ${await t.token()}`, 'Content-Type': 'application/json' }
    const posts = Array.from({ length: 61 }, (_, i) =>
      t.fetch('/beta/communications/callRecords/many/sessions', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ id: `m${i}`, modalities: ['audio'] }),
      }),
    )
    expect(new Set((await Promise.all(posts)).map((res) => res.status))).toEqual(new Set([201]))
    const page = z
      .object({
        sessions: z.array(z.object({ id: z.string() }).loose()),
        'sessions@odata.nextLink': z.string(),
      })
      .loose()
      .parse(await client.api('/communications/callRecords/many').expand('sessions').get())
    expect(page.sessions).toHaveLength(60)
    expect(page['sessions@odata.nextLink']).toMatch(
      new RegExp(`^${t.server.origin}/beta/communications/callRecords/many/sessions\\?\\$skiptoken=`),
    )
    const rest = z
      .object({ value: z.array(z.object({ id: z.string() }).loose()) })
      .parse(await client.api(page['sessions@odata.nextLink']).get())
    expect(rest.value).toHaveLength(1)
    const ids = new Set([...page.sessions, ...rest.value].map((s) => s.id))
    expect(ids.size).toBe(61)
  })

  it('answers Graph’s 404 and 400s', async () => {
    const missing = await graphError(client.api('/communications/callRecords/never-sent').get())
    expect([missing.statusCode, missing.code]).toEqual([404, 'itemNotFound'])

    const unknown = await graphError(client.api(`/communications/callRecords/${id}`).select('bogus').get())
    expect([unknown.statusCode, unknown.message]).toEqual([
      400,
      "Parsing OData Select and Expand failed: Could not find a property named 'bogus' on type 'microsoft.graph.callRecords.callRecord'.",
    ])
    const notNavigation = await graphError(
      client.api(`/communications/callRecords/${id}`).expand('modalities').get(),
    )
    expect(notNavigation.message).toContain(
      "Property 'modalities' on type 'microsoft.graph.callRecords.callRecord' is not a navigation property",
    )
    const nested = await graphError(
      client.api(`/communications/callRecords/${id}`).expand('sessions($expand=media)').get(),
    )
    expect(nested.message).toContain(
      "Could not find a property named 'media' on type 'microsoft.graph.callRecords.session'",
    )
    const unbalanced = await graphError(
      client.api(`/communications/callRecords/${id}`).expand('sessions($expand=segments').get(),
    )
    expect(unbalanced.message).toContain('unbalanced bracket')
    const option = await graphError(client.api(`/communications/callRecords/${id}`).top(3).get())
    expect(option.message).toContain("Query option '$top' is not supported")
  })
})

describe('the call records list, through the Graph SDK', () => {
  it('filters on startDateTime, newest first, and PageIterator follows @odata.nextLink', async () => {
    const starts = [
      '2031-05-01T08:00:00Z',
      '2031-05-03T08:00:00Z',
      '2031-05-02T08:00:00Z',
      '2031-05-04T08:00:00Z',
    ]
    for (const [i, start] of starts.entries()) {
      await client
        .api(`/communications/callRecords/list-${i}/sessions`)
        .post(peerSession(`l${i}`, start, start))
    }
    await client
      .api('/communications/callRecords/list-outside/sessions')
      .post(peerSession('lo', '2031-06-01T00:00:00Z', '2031-06-01T00:00:00Z'))

    const first = z
      .object({ value: z.array(z.object({ id: z.string() }).loose()), '@odata.nextLink': z.string() })
      .loose()
      .parse(
        await client
          .api('/communications/callRecords')
          .filter('startDateTime ge 2031-05-01T08:00:00Z and startDateTime lt 2031-05-04T08:00:00Z')
          .top(2)
          .get(),
      )
    expect(first.value.map((r) => r.id)).toEqual(['list-1', 'list-2'])
    const seen: string[] = []
    const iterator = new PageIterator(client, first, (item) => {
      seen.push(z.object({ id: z.string() }).parse(item).id)
      return true
    })
    await iterator.iterate()
    expect(seen).toEqual(['list-1', 'list-2', 'list-0'])
    expect(iterator.isComplete()).toBe(true)

    const byParticipant = z
      .object({ value: z.array(z.object({ id: z.string() }).loose()) })
      .parse(
        await client
          .api('/communications/callRecords')
          .filter(`participants_v2/any(p:p/id eq '${OWEN.id}') and startDateTime gt 2031-05-03T08:00:00Z`)
          .get(),
      )
    expect(byParticipant.value.map((r) => r.id)).toEqual(['list-outside', 'list-3'])

    const or = await graphError(
      client
        .api('/communications/callRecords')
        .filter('startDateTime ge 2031-05-01T00:00:00Z or startDateTime lt 2031-01-01T00:00:00Z')
        .get(),
    )
    expect([or.statusCode, or.code]).toEqual([400, 'BadRequest'])
    expect(or.message).toMatch(/^Invalid filter clause: /)
    const other = await graphError(
      client.api('/communications/callRecords').filter("type eq 'groupCall'").get(),
    )
    expect(other.message).toContain(
      "Only startDateTime (ge, gt, le, lt) and participants_v2/any(p:p/id eq '…')",
    )
    const expand = await graphError(client.api('/communications/callRecords').expand('sessions').get())
    expect(expand.message).toContain("Query option '$expand' is not supported")
  })

  it('retries a throttled read with its RetryHandler, honouring Retry-After', async () => {
    await client
      .api('/communications/callRecords/throttled/sessions')
      .post(peerSession('t1', '2024-01-01T00:00:00Z', '2024-01-01T00:01:00Z'))
    const fault = await t.fetch('/_sandbox/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 429, count: 2, retryAfter: 0, callRecordId: 'throttled' }),
    })
    expect(fault.status).toBe(200)
    const read = record.parse(await client.api('/communications/callRecords/throttled').get())
    expect(read.version).toBe(1)
    // Both throttled answers were taken by the SDK's retries: the fault is used up.
    expect(JSON.parse((await t.fetch('/_sandbox/faults')).text)).toEqual({ active: false })
  })
})
