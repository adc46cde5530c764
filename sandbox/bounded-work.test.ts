import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { expectGraphError } from './testing/expectations.ts'
import { SAMPLE_SESSION, SAMPLE_WITHOUT_SEGMENTS, sampleWithId } from './testing/sample-session.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
let auth: Record<string, string>
const MB = 1024 * 1024

beforeAll(async () => {
  t = await startTestServer()
  auth = { Authorization: `Bearer ${await t.token()}` }
})
afterAll(() => t.dispose())

const post = (path: string, body: string) =>
  t.fetch(path, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body })
const get = (path: string) => t.fetch(path, { headers: auth })
const page = z.object({
  value: z.array(z.object({ id: z.string() }).loose()),
  '@odata.nextLink': z.string().optional(),
})

/** The sample with a 1.5 MB instance annotation inside its first segment: large only when expanded. */
function largeSession(id: string): string {
  const at = SAMPLE_SESSION.indexOf('"segments":[{') + '"segments":[{'.length
  const session = `${SAMPLE_SESSION.slice(0, at)}"note@sandbox.test":"${'n'.repeat(1.5 * MB)}",${SAMPLE_SESSION.slice(at)}`
  return `{"id":"${id}",${session.slice(1)}`
}

describe('lists are bounded by size as well as count', () => {
  const RECORD = '/beta/communications/callRecords/large/sessions'

  it('pages large sessions by size, with @odata.nextLink, and lists them small without segments', async () => {
    for (const id of ['l1', 'l2', 'l3']) expect((await post(RECORD, largeSession(id))).status).toBe(201)

    const first = await get(`${RECORD}?$expand=segments`)
    expect(first.status).toBe(200)
    const one = page.parse(JSON.parse(first.text))
    expect(one.value.map((session) => session.id)).toEqual(['l3', 'l2'])
    expect(first.text.length).toBeLessThan(4 * MB)
    const next = one['@odata.nextLink'] ?? ''
    expect(next).toMatch(/\$expand=segments&\$skiptoken=/)
    const two = page.parse(JSON.parse((await get(next.slice(t.server.origin.length))).text))
    expect(two.value.map((session) => session.id)).toEqual(['l1'])
    expect(two['@odata.nextLink']).toBeUndefined()

    const summaries = await get(RECORD)
    expect(page.parse(JSON.parse(summaries.text)).value.map((session) => session.id)).toEqual([
      'l3',
      'l2',
      'l1',
    ])
    expect(summaries.text.length).toBeLessThan(4096)
  })

  it('lists sessions stored by an older version, which kept no summaries', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-old-db-'))
    const old = new Database(join(dataDir, 'sandbox.db'))
    old.exec(`CREATE TABLE sessions (seq INTEGER PRIMARY KEY AUTOINCREMENT, call_record_id TEXT NOT NULL,
      session_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (call_record_id, session_id))`)
    old
      .prepare('INSERT INTO sessions (call_record_id, session_id, body, created_at) VALUES (?, ?, ?, ?)')
      .run('kept', 'old', sampleWithId('old'), new Date().toISOString())
    old.close()
    const upgraded = await startTestServer(dataDir)
    try {
      const res = await upgraded.fetch('/beta/communications/callRecords/kept/sessions', {
        headers: { Authorization: `Bearer ${await upgraded.token()}` },
      })
      expect(res.text).toContain(`"value":[{"id":"old",${SAMPLE_WITHOUT_SEGMENTS.slice(1)}]`)
    } finally {
      await upgraded.dispose()
    }
  })
})

describe('validation is bounded: at most 100 details, the rest counted, never a 500', () => {
  const RECORD = '/beta/communications/callRecords/invalid/sessions'

  it('lists 100 of 200,000 problems and says how many more, in a small body', async () => {
    const body = `{"modalities":[${Array.from({ length: 200_000 }, () => '1').join(',')}]}`
    const res = await post(RECORD, body)
    const error = expectGraphError(res, 400, 'BadRequest')
    expect(error.details).toHaveLength(100)
    expect(error.details?.[99]?.target).toBe('modalities[99]')
    expect(error.message).toContain('200,000 invalid values')
    expect(error.message).toContain('and 199,900 more')
    expect(res.text.length).toBeLessThan(64 * 1024)
  })

  it('answers 400, not 500, to 155,000 invalid values deep in the body', async () => {
    const streams = Array.from({ length: 155_000 }, () => '{"streamDirection":"x"}').join(',')
    const body = `{"segments":[{"media":[{"streams":[${streams}]}]}]}`
    expect(body.length).toBeGreaterThan(3.5 * MB)
    const res = await post(RECORD, body)
    expectGraphError(res, 400, 'BadRequest')
    expect(res.text.length).toBeLessThan(64 * 1024)
  })

  it('answers 400, not 500, to a body nested too deep and to an id no URL can carry', async () => {
    expectGraphError(await post(RECORD, `${'['.repeat(600)}${']'.repeat(600)}`), 400, 'BadRequest')
    const annotated = `{"x@sandbox.test":${'['.repeat(500)}${']'.repeat(500)},${SAMPLE_SESSION.slice(1)}`
    expect((await post(RECORD, annotated)).status).toBe(201)
    expectGraphError(await post(RECORD, `{"id":"\\udc00",${SAMPLE_SESSION.slice(1)}`), 400, 'BadRequest')
    expect((await get(`${RECORD}?$expand=segments`)).status).toBe(200)
  })
})
