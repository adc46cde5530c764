import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createGraphClient, type GraphRequest, type TokenRequest } from './graph-client.ts'
import { GraphSendError } from './graph-result.ts'

type Answer = Response | ((init: RequestInit) => Promise<Response>)

function fakeFetch(...answers: Answer[]) {
  const calls: { url: string; method: string | undefined; headers: Headers; body: unknown }[] = []
  const fetch = vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init.method,
      headers: new Headers(init.headers),
      body: init.body,
    })
    const next = answers.shift()
    if (!next) return Promise.reject(new Error('more requests than the test expected'))
    return typeof next === 'function' ? next(init) : Promise.resolve(next)
  })
  return { fetch, calls }
}

const graphError = (code: string) =>
  JSON.stringify({
    error: { code, message: 'm', innerError: { date: '2021-11-30T12:17:46', 'request-id': 'r' } },
  })
const answer = (
  status: number,
  headers: Record<string, string> = {},
  body = status === 201 ? '{"id":"s1"}' : graphError('x'),
) => new Response(body, { status, headers: { 'request-id': `rid-${status}`, ...headers } })

/** Never answers; rejects when the request is aborted, as fetch does. */
const hanging = (init: RequestInit) =>
  new Promise<Response>((_, reject) => {
    init.signal?.addEventListener('abort', () => {
      reject(new DOMException('aborted', 'AbortError'))
    })
  })

const post: GraphRequest = {
  method: 'POST',
  url: 'https://localhost:5443/beta/communications/callRecords/c1/sessions',
  headers: [['Content-Type', 'application/json']],
  body: '{"id":"s1"}',
  clientRequestId: 'crid-1',
}

function setup(...answers: Answer[]) {
  const { fetch, calls } = fakeFetch(...answers)
  const tokens: TokenRequest[] = []
  const getToken = vi.fn((request: TokenRequest) => {
    tokens.push(request)
    return Promise.resolve(`token-${tokens.length}`)
  })
  const client = createGraphClient({ getToken, fetch, timeoutMs: 10_000 })
  return { client, calls, tokens, fetch }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createGraphClient', () => {
  it('sends once with the token, the client-request-id and no Retry-Attempt, and never twice on success', async () => {
    const { client, calls } = setup(answer(201))
    const result = await client.send(post)
    expect(calls).toHaveLength(1)
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer token-1')
    expect(calls[0]?.headers.get('client-request-id')).toBe('crid-1')
    expect(calls[0]?.headers.get('Content-Type')).toBe('application/json')
    expect(calls[0]?.headers.has('Retry-Attempt')).toBe(false)
    expect(calls[0]?.body).toBe('{"id":"s1"}')
    expect(result).toMatchObject({
      ok: true,
      status: 201,
      statusText: 'Created',
      retries: 0,
      requestId: 'rid-201',
    })
    await vi.runAllTimersAsync()
    expect(calls).toHaveLength(1)
  })

  it('waits Retry-After seconds before retrying, and marks the retry', async () => {
    const { client, calls } = setup(answer(429, { 'Retry-After': '2' }), answer(201))
    const sent = client.send(post)
    await vi.advanceTimersByTimeAsync(1_999)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    const result = await sent
    expect(calls).toHaveLength(2)
    expect(calls[1]?.headers.get('Retry-Attempt')).toBe('1')
    expect(calls[1]?.headers.get('client-request-id')).toBe('crid-1')
    expect(result.retries).toBe(1)
    expect(result.attempts[0]?.wait).toEqual({ ms: 2_000, source: 'retry-after' })
  })

  it('waits until a Retry-After HTTP date', async () => {
    const { client, calls } = setup(
      answer(503, { 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' }),
      answer(201),
    )
    const sent = client.send(post)
    await vi.advanceTimersByTimeAsync(4_999)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect((await sent).attempts[0]?.wait).toEqual({ ms: 5_000, source: 'retry-after' })
  })

  it('backs off exponentially from 3 s without Retry-After', async () => {
    const { client, calls } = setup(answer(503), answer(504), answer(429), answer(201))
    const sent = client.send(post)
    for (const [wait, before] of [
      [3_000, 1],
      [6_000, 2],
      [12_000, 3],
    ] as const) {
      await vi.advanceTimersByTimeAsync(wait - 1)
      expect(calls).toHaveLength(before)
      await vi.advanceTimersByTimeAsync(1)
    }
    const result = await sent
    expect(calls.map((c) => c.headers.get('Retry-Attempt'))).toEqual([null, '1', '2', '3'])
    expect(result.attempts.map((a) => a.wait?.ms)).toEqual([3_000, 6_000, 12_000, undefined])
    expect(result).toMatchObject({ ok: true, retries: 3, retriesExhausted: false })
  })

  it('caps a long Retry-After at 180 s', async () => {
    const { client, calls } = setup(answer(429, { 'Retry-After': '600' }), answer(201))
    const sent = client.send(post)
    await vi.advanceTimersByTimeAsync(179_999)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect((await sent).attempts[0]?.wait?.ms).toBe(180_000)
  })

  it('stops after 3 retries with the last answer, marked as exhausted', async () => {
    const { client, calls } = setup(...[1, 2, 3, 4].map(() => answer(503, { 'Retry-After': '1' })))
    const sent = client.send(post)
    await vi.advanceTimersByTimeAsync(10_000)
    const result = await sent
    expect(calls).toHaveLength(4)
    expect(result).toMatchObject({ ok: false, status: 503, retries: 3, retriesExhausted: true })
    expect(result.attempts).toHaveLength(4)
  })

  it('does not retry other errors', async () => {
    const { client, calls } = setup(answer(400), answer(201))
    const result = await client.send(post)
    expect(calls).toHaveLength(1)
    expect(result).toMatchObject({ ok: false, status: 400, retriesExhausted: false })
  })

  it('cancels while waiting to retry, sending nothing more', async () => {
    const { client, calls } = setup(answer(429, { 'Retry-After': '30' }), answer(201))
    const controller = new AbortController()
    const sent = client.send(post, { signal: controller.signal })
    const failed = expect(sent).rejects.toMatchObject({ kind: 'aborted' })
    await vi.advanceTimersByTimeAsync(1_000)
    controller.abort()
    await failed
    await vi.runAllTimersAsync()
    expect(calls).toHaveLength(1)
  })

  it('cancels a request in flight', async () => {
    const { client } = setup(hanging)
    const controller = new AbortController()
    const sent = client.send(post, { signal: controller.signal })
    const failed = expect(sent).rejects.toBeInstanceOf(GraphSendError)
    await vi.advanceTimersByTimeAsync(10)
    controller.abort()
    await failed
    await expect(sent).rejects.toMatchObject({ kind: 'aborted' })
  })

  it('times an attempt out and does not retry it (the server may have acted on it)', async () => {
    const { client, calls } = setup(hanging, answer(201))
    const sent = client.send(post)
    const failed = expect(sent).rejects.toMatchObject({ kind: 'timeout', clientRequestId: 'crid-1' })
    await vi.advanceTimersByTimeAsync(10_000)
    await failed
    expect(calls).toHaveLength(1)
  })

  it('reports a network failure without retrying', async () => {
    const { client, calls } = setup(() => Promise.reject(new TypeError('Failed to fetch')), answer(201))
    await expect(client.send(post)).rejects.toMatchObject({ kind: 'network' })
    expect(calls).toHaveLength(1)
  })

  it('signs in again once after a 401, with the claims challenge, then succeeds', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}'
    const challenge = `Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`
    const { client, calls, tokens } = setup(answer(401, { 'WWW-Authenticate': challenge }), answer(201))
    const result = await client.send(post)
    expect(tokens).toEqual([{ interaction: 'fallback' }, { interaction: 'force', claims }])
    expect(calls.map((c) => c.headers.get('Authorization'))).toEqual(['Bearer token-1', 'Bearer token-2'])
    expect(result).toMatchObject({ ok: true, status: 201, reauthenticated: true, retries: 0 })
    expect(result.attempts[0]).toMatchObject({ status: 401, reauthenticated: true })
  })

  it('gives up after a second 401 with the error', async () => {
    const { client, calls, tokens } = setup(answer(401), answer(401), answer(201))
    const result = await client.send(post)
    expect(calls).toHaveLength(2)
    expect(tokens).toEqual([{ interaction: 'fallback' }, { interaction: 'force' }])
    expect(result).toMatchObject({ ok: false, status: 401, reauthenticated: true })
  })

  it('never opens a sign-in window for background reads', async () => {
    const { client, calls, tokens } = setup(answer(401))
    const result = await client.send({ ...post, method: 'GET', body: undefined }, { interactive: false })
    expect(tokens).toEqual([{ interaction: 'never' }])
    expect(calls).toHaveLength(1)
    expect(result.status).toBe(401)
  })

  it('fails without sending when no token can be had', async () => {
    const fetch = vi.fn()
    const client = createGraphClient({
      getToken: () => Promise.reject(new Error('Sign-in was cancelled.')),
      fetch,
    })
    await expect(client.send(post)).rejects.toMatchObject({
      kind: 'token',
      message: 'Sign-in was cancelled.',
    })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('hands the send’s signal to the token request, so Cancel ends a wait for sign-in', async () => {
    const fetch = vi.fn()
    const controller = new AbortController()
    const client = createGraphClient({
      getToken: ({ signal }) =>
        new Promise((_, reject) => {
          signal?.addEventListener('abort', () => reject(new Error('Cancelled.')))
        }),
      fetch,
    })
    const sent = client.send(post, { signal: controller.signal })
    controller.abort()
    await expect(sent).rejects.toMatchObject({ kind: 'aborted', message: 'Cancelled while signing in.' })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('reports progress: sending, waiting with the delay, sending the retry', async () => {
    const { client } = setup(answer(429, { 'Retry-After': '1' }), answer(201))
    const progress: unknown[] = []
    const sent = client.send(post, { onProgress: (p) => progress.push(p) })
    await vi.advanceTimersByTimeAsync(1_000)
    await sent
    expect(progress).toEqual([
      { phase: 'sending', attempt: 1, retry: 0 },
      { phase: 'waiting', attempt: 1, status: 429, retry: 1, ms: 1_000, source: 'retry-after' },
      { phase: 'sending', attempt: 2, retry: 1 },
    ])
  })
})
