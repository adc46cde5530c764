import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectGraphError, expectRequestIds } from './testing/expectations.ts'
import { SAMPLE_SESSION } from './testing/sample-session.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
let auth: Record<string, string>
const SESSIONS = '/beta/communications/callRecords/rec-1/sessions'

beforeAll(async () => {
  t = await startTestServer()
  auth = { Authorization: `Bearer ${await t.token()}` }
})
afterAll(() => t.dispose())

const get = (path: string) => t.fetch(path, { headers: auth })
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  t.fetch(path, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', ...headers },
    body,
  })
const setFaults = (body: string) =>
  t.fetch('/_sandbox/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })

describe('everything else, Graph-shaped', () => {
  it('answers 404 for unknown paths, with or without a token', async () => {
    expectGraphError(await get('/beta/me'), 404, 'NotFound')
    expectGraphError(await t.fetch('/beta/communications/callRecords/x/sessions/y/segments'), 404, 'NotFound')
  })

  it('answers 405 with Allow for other methods, and OPTIONS with Allow', async () => {
    const put = await t.fetch(SESSIONS, { method: 'PUT', headers: auth, body: '{}' })
    expectGraphError(put, 405, 'MethodNotAllowed')
    expect(put.headers.allow).toBe('GET, HEAD, POST, OPTIONS')
    const patch = await t.fetch(`${SESSIONS}/some-id`, { method: 'PATCH', headers: auth, body: '{}' })
    expectGraphError(patch, 405, 'MethodNotAllowed')
    expect(patch.headers.allow).toBe('GET, HEAD, DELETE, OPTIONS')
    const options = await t.fetch(SESSIONS, { method: 'OPTIONS' })
    expect(options.status).toBe(204)
    expect(options.headers.allow).toBe('GET, HEAD, POST, OPTIONS')
    expectRequestIds(options)
  })

  it('fault mode: the next N requests get 429 with Retry-After, then everything is normal again', async () => {
    const on = await setFaults('{"status":429,"count":2,"retryAfter":7}')
    expect(JSON.parse(on.text)).toEqual({ active: true, status: 429, count: 2, retryAfter: 7 })
    for (let i = 0; i < 2; i++) {
      const throttled = await post(SESSIONS, SAMPLE_SESSION, { 'client-request-id': `retry-${i}` })
      expect(expectGraphError(throttled, 429, 'activityLimitReached').message).toBe(
        'The request has been throttled',
      )
      expect(throttled.headers['retry-after']).toBe('7')
      expect(throttled.headers['client-request-id']).toBe(`retry-${i}`)
    }
    expect(JSON.parse((await t.fetch('/_sandbox/faults')).text)).toEqual({ active: false })
    expect((await get(SESSIONS)).status).toBe(200)

    await setFaults('{"status":503,"count":5}')
    const unavailable = await get(SESSIONS)
    expectGraphError(unavailable, 503, 'serviceNotAvailable')
    expect(unavailable.headers['retry-after']).toBeUndefined()
    expect((await t.fetch('/_sandbox/faults', { method: 'DELETE' })).status).toBe(204)
    expect((await get(SESSIONS)).status).toBe(200)

    expectGraphError(await setFaults('{"status":500,"count":1}'), 400, 'BadRequest')
    expectGraphError(await setFaults('not json'), 400, 'BadRequest')
  })

  it('fault mode scoped to one call record leaves every other call record alone', async () => {
    await setFaults('{"status":503,"count":1,"callRecordId":"rec 2"}')
    expect((await get(SESSIONS)).status).toBe(200)
    expect((await get(SESSIONS)).status).toBe(200)
    expectGraphError(
      await get('/beta/communications/callRecords/rec%202/sessions'),
      503,
      'serviceNotAvailable',
    )
    expect((await get('/beta/communications/callRecords/rec%202/sessions')).status).toBe(200)
    expect(JSON.parse((await t.fetch('/_sandbox/faults')).text)).toEqual({ active: false })
  })

  it('keeps a scoped fault and the global one apart, and clears one scope at a time', async () => {
    await setFaults('{"status":503,"count":3,"callRecordId":"a"}')
    await setFaults('{"status":429,"count":1}')
    await setFaults('{"status":504,"count":3,"callRecordId":"b"}')
    expectGraphError(await get('/beta/communications/callRecords/a/sessions'), 503, 'serviceNotAvailable')
    expectGraphError(await get(SESSIONS), 429, 'activityLimitReached')
    expect((await get(SESSIONS)).status).toBe(200)
    expect((await t.fetch('/_sandbox/faults?callRecordId=b', { method: 'DELETE' })).status).toBe(204)
    expect((await get('/beta/communications/callRecords/b/sessions')).status).toBe(200)
    expect(JSON.parse((await t.fetch('/_sandbox/faults')).text)).toMatchObject({
      status: 503,
      count: 2,
      callRecordId: 'a',
    })
    expect((await t.fetch('/_sandbox/faults', { method: 'DELETE' })).status).toBe(204)
    expect((await get('/beta/communications/callRecords/a/sessions')).status).toBe(200)
  })

  it('stamps every response, success or error, with a new request-id and the client-request-id', async () => {
    const responses = [
      await post(SESSIONS, SAMPLE_SESSION, { 'client-request-id': 'c-201' }),
      await post(SESSIONS, '{"isTest":"no"}', { 'client-request-id': 'c-400' }),
      await t.fetch(SESSIONS, { headers: { 'client-request-id': 'c-401' } }),
      await t.fetch('/beta/nothing', { headers: { 'client-request-id': 'c-404' } }),
      await t.fetch(SESSIONS, { method: 'PUT', headers: { 'client-request-id': 'c-405' } }),
      await post(SESSIONS, SAMPLE_SESSION, { 'client-request-id': 'c-415', 'Content-Type': 'text/plain' }),
      await t.fetch('/_sandbox/health', { headers: { 'client-request-id': 'c-200' } }),
    ]
    expect(responses.map((res) => res.status)).toEqual([201, 400, 401, 404, 405, 415, 200])
    for (const res of responses) expectRequestIds(res, `c-${res.status}`)
    expect(new Set(responses.map((res) => res.headers['request-id'])).size).toBe(responses.length)
    expectRequestIds(await get(SESSIONS))
  })

  it('reports health without a token', async () => {
    const health = await t.fetch('/_sandbox/health')
    expect(health.status).toBe(200)
    expect(JSON.parse(health.text)).toMatchObject({ status: 'ok', issuer: `${t.server.origin}/oidc` })
  })
})
