import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectGraphError } from './testing/expectations.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
beforeAll(async () => {
  t = await startTestServer()
})
afterAll(() => t.dispose())

const FAULT = '{"status":503,"count":1,"callRecordId":"presenter"}'
const post = (headers: Record<string, string>, body = FAULT) =>
  t.fetch('/_sandbox/faults', { method: 'POST', headers, body })
const state = async () => JSON.parse((await t.fetch('/_sandbox/faults')).text) as unknown

describe('the presenter tools refuse other sites', () => {
  it('refuses a cross-site form post (text/plain needs no preflight) and leaves the sandbox alone', async () => {
    const res = await post({
      'Content-Type': 'text/plain',
      Origin: 'https://evil.example',
      'Sec-Fetch-Site': 'cross-site',
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(await state()).toEqual({ active: false })
  })

  it('wants JSON, even from a tool', async () => {
    expectGraphError(await post({ 'Content-Type': 'text/plain' }), 415, 'UnsupportedMediaType')
    expectGraphError(await post({}), 415, 'UnsupportedMediaType')
    expect(await state()).toEqual({ active: false })
  })

  it('refuses requests that a browser marks as from another origin or site', async () => {
    const json = { 'Content-Type': 'application/json' }
    const markings: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site', Origin: 'https://localhost:1' },
      { 'Sec-Fetch-Site': 'same-site' },
    ]
    for (const marks of markings) {
      expectGraphError(await post({ ...json, ...marks }), 403, 'accessDenied')
      expectGraphError(
        await t.fetch('/_sandbox/faults', { method: 'DELETE', headers: marks }),
        403,
        'accessDenied',
      )
      expectGraphError(await t.fetch('/_sandbox/health', { headers: marks }), 403, 'accessDenied')
    }
    expect(await state()).toEqual({ active: false })
  })

  it('answers the sandbox’s own pages and tools such as curl', async () => {
    const own = {
      'Content-Type': 'application/json',
      Origin: t.server.origin,
      'Sec-Fetch-Site': 'same-origin',
    }
    expect((await post(own)).status).toBe(200)
    expect(await state()).toMatchObject({ active: true, callRecordId: 'presenter' })
    expect((await t.fetch('/_sandbox/faults', { method: 'DELETE', headers: own })).status).toBe(204)
    expect((await post({ 'Content-Type': 'application/json' })).status).toBe(200)
    expect((await t.fetch('/_sandbox/faults?callRecordId=presenter', { method: 'DELETE' })).status).toBe(204)
    expect((await t.fetch('/_sandbox/health', { headers: { 'Sec-Fetch-Site': 'none' } })).status).toBe(200)
  })
})

describe('the presenter tools bound what they take and echo', () => {
  it('refuses a body of more than a few kB before reading it, and echoes nothing of it', async () => {
    const huge = JSON.stringify({ status: 503, count: 1, callRecordId: 'x'.repeat(50_000) })
    const res = await post({ 'Content-Type': 'application/json' }, huge)
    expectGraphError(res, 413, 'RequestEntityTooLarge')
    expect(res.text.length).toBeLessThan(1000)
    expect(await state()).toEqual({ active: false })
  })

  it('refuses a call record id no URL could carry, and says why in a few words', async () => {
    for (const callRecordId of ['x'.repeat(300), '..', 'a\u0000b']) {
      const res = await post(
        { 'Content-Type': 'application/json' },
        JSON.stringify({ status: 429, count: 1, callRecordId }),
      )
      const error = expectGraphError(res, 400, 'BadRequest')
      expect(error.message.length).toBeLessThan(400)
    }
    const del = await t.fetch(`/_sandbox/faults?callRecordId=${'y'.repeat(300)}`, { method: 'DELETE' })
    expectGraphError(del, 400, 'BadRequest')
    const health = await t.fetch('/_sandbox/health')
    expect(health.text.length).toBeLessThan(1000)
  })
})
