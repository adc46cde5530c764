import { readFileSync } from 'node:fs'
import { Agent } from 'node:https'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectGraphError } from './testing/expectations.ts'
import { streamUpload } from './testing/raw-upload.ts'
import { sampleWithId } from './testing/sample-session.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
let agent: Agent
let headers: Record<string, string>
const SESSIONS = '/beta/communications/callRecords/uploads/sessions'
const MB4 = 4 * 1024 * 1024

beforeAll(async () => {
  t = await startTestServer()
  agent = new Agent({ ca: readFileSync(t.server.certPath, 'utf8'), keepAlive: false })
  headers = { Authorization: `Bearer ${await t.token()}`, 'Content-Type': 'application/json' }
})
afterAll(async () => {
  agent.destroy()
  await t.dispose()
})

// Each kind of upload is sent a few times: a reset in place of the 413 depends on how far the client got.
const TIMES = 3

describe('a body over 4 MB gets its 413, every time', () => {
  it.each([
    ['declared with Content-Length', { declare: true }],
    ['sent chunked, without Content-Length', { declare: false }],
  ])(
    '%s: the whole upload is read and thrown away, then the connection closes',
    async (_kind, { declare }) => {
      for (let i = 0; i < TIMES; i++) {
        const outcome = await streamUpload(`${t.server.origin}${SESSIONS}`, agent, headers, {
          body: Buffer.alloc(MB4 + 1, 0x20),
          declare,
          expectContinue: false,
        })
        expect(outcome.status, outcome.text).toBe(413)
        expect(outcome.connection).toBe('close')
        expect(JSON.parse(outcome.text)).toMatchObject({
          error: { code: 'RequestEntityTooLarge', message: expect.stringContaining('4,194,304') as unknown },
        })
      }
    },
  )

  it('with Expect: 100-continue, answers 413 instead of 100 and never asks for the body', async () => {
    for (let i = 0; i < TIMES; i++) {
      const outcome = await streamUpload(`${t.server.origin}${SESSIONS}`, agent, headers, {
        body: Buffer.alloc(MB4 + 1, 0x20),
        declare: true,
        expectContinue: true,
      })
      expect([outcome.status, outcome.continued, outcome.connection]).toEqual([413, false, 'close'])
    }
  })

  it('still takes exactly 4 MB, and asks for it with 100 Continue', async () => {
    const exactly = (id: string) => {
      const session = Buffer.from(sampleWithId(id))
      return Buffer.concat([session, Buffer.alloc(MB4 - session.length, 0x20)])
    }
    expect((await t.fetch(SESSIONS, { method: 'POST', headers, body: exactly('plain') })).status).toBe(201)
    for (const declare of [true, false]) {
      const outcome = await streamUpload(`${t.server.origin}${SESSIONS}`, agent, headers, {
        body: exactly(`streamed-${declare}`),
        declare,
        expectContinue: true,
      })
      expect([outcome.status, outcome.continued], outcome.text).toEqual([201, true])
    }
  })

  it('answers 413 to the presenter tools past a few kB, before reading', async () => {
    const big = await t.fetch('/_sandbox/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 503, count: 1, callRecordId: 'x'.repeat(5000) }),
    })
    expect(expectGraphError(big, 413, 'RequestEntityTooLarge').message).toContain('4,096')
  })
})
