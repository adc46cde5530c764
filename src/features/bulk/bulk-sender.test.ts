import { describe, expect, it } from 'vitest'
import type { GraphClient, GraphRequest, SendOptions } from '#src/features/graph/graph-client.ts'
import { GraphSendError, type GraphResult } from '#src/features/graph/graph-result.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { createBulkSender } from './bulk-sender.ts'

function result(status: number, text: string, requestId: string | null = 'req-1'): GraphResult {
  return {
    ok: status < 300,
    status,
    statusText: '',
    headers: [],
    requestId,
    clientRequestId: 'x',
    date: null,
    contentType: 'application/json',
    text,
    attempts: [],
    retries: 0,
    reauthenticated: false,
    retriesExhausted: false,
    durationMs: 5,
  }
}

function fakeClient(answer: (request: GraphRequest, options?: SendOptions) => Promise<GraphResult>) {
  const requests: { request: GraphRequest; options?: SendOptions }[] = []
  const client: GraphClient = {
    send: (request, options) => {
      requests.push({ request, options })
      return answer(request, options)
    },
  }
  return { client, requests }
}

const draft = {
  target: 'CallRecordId' as const,
  bodyKind: 'Expanded' as const,
  callRecordId: 'rec 1',
  inputObject: {},
}
const target = { kind: 'sandbox' as const, baseUrl: 'https://localhost:4517/beta' }
let counter = 0
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`

describe('createBulkSender', () => {
  it('posts each body with its own client-request-id and no sign-in window', async () => {
    const { client, requests } = fakeClient((request) => Promise.resolve(result(201, request.body ?? '')))
    const send = createBulkSender({
      client,
      target,
      draft,
      newId,
      bodyFor: (i) => fromPlain({ id: `s${i}`, linkSpeed: 9007199254740993n }),
    })
    const outcomes = await Promise.all(
      [0, 1].map((i) => send(i, new AbortController().signal, () => undefined)),
    )
    expect(outcomes).toEqual([
      {
        ok: true,
        index: 0,
        status: 201,
        sessionId: 's0',
        requestId: 'req-1',
        clientRequestId: requests[0]?.request.clientRequestId,
      },
      {
        ok: true,
        index: 1,
        status: 201,
        sessionId: 's1',
        requestId: 'req-1',
        clientRequestId: requests[1]?.request.clientRequestId,
      },
    ])
    expect(requests.some((r) => r.request.headers?.some(([name]) => name === 'Authorization'))).toBe(false)
    expect(requests.map((r) => r.request.url)).toEqual([
      'https://localhost:4517/beta/communications/callRecords/rec%201/sessions',
      'https://localhost:4517/beta/communications/callRecords/rec%201/sessions',
    ])
    expect(requests.map((r) => r.request.body)).toEqual([
      '{"id":"s0","linkSpeed":9007199254740993}',
      '{"id":"s1","linkSpeed":9007199254740993}',
    ])
    expect(new Set(requests.map((r) => r.request.clientRequestId)).size).toBe(2)
    expect(requests.every((r) => r.options?.interactive === false)).toBe(true)
  })

  it('summarises Graph’s error: status, code, message, request-id; a 401 stops the run', async () => {
    const body =
      '{"error":{"code":"BadRequest","message":"Invalid modality","innerError":{"request-id":"inner-7","date":"2026-01-01T00:00:00"}}}'
    const { client } = fakeClient(() => Promise.resolve(result(400, body, null)))
    const send = createBulkSender({ client, target, draft, newId, bodyFor: () => new Map() })
    expect(await send(3, new AbortController().signal, () => undefined)).toMatchObject({
      ok: false,
      index: 3,
      status: 400,
      code: 'BadRequest',
      message: 'Invalid modality',
      requestId: 'inner-7',
      stop: false,
    })
    const unauthorized = fakeClient(() =>
      Promise.resolve(
        result(401, '{"error":{"code":"InvalidAuthenticationToken","message":"Token expired."}}'),
      ),
    )
    const stopped = createBulkSender({
      client: unauthorized.client,
      target,
      draft,
      newId,
      bodyFor: () => new Map(),
    })
    expect(await stopped(0, new AbortController().signal, () => undefined)).toMatchObject({
      status: 401,
      stop: true,
      code: 'InvalidAuthenticationToken',
    })
  })

  it('reports throttling waits and turns a cancel into a failure that says what may have happened', async () => {
    const events: number[] = []
    const { client } = fakeClient((_, options) => {
      options?.onProgress?.({
        phase: 'waiting',
        attempt: 1,
        status: 429,
        retry: 1,
        ms: 2000,
        source: 'retry-after',
      })
      return Promise.reject(new GraphSendError('aborted', 'Cancelled.', [], 'c', 10))
    })
    const send = createBulkSender({ client, target, draft, newId, bodyFor: () => new Map() })
    const outcome = await send(0, new AbortController().signal, (event) => events.push(event.ms))
    expect(events).toEqual([2000])
    expect(outcome).toMatchObject({ ok: false, status: null, stop: false })
    expect(outcome.ok ? '' : outcome.message).toContain('may still have stored it')
  })

  it('stops without sending when the target cannot be resolved', async () => {
    const { client, requests } = fakeClient(() => Promise.resolve(result(201, '{}')))
    const send = createBulkSender({
      client,
      target,
      draft: { ...draft, callRecordId: '' },
      newId,
      bodyFor: () => new Map(),
    })
    expect(await send(0, new AbortController().signal, () => undefined)).toMatchObject({
      ok: false,
      stop: true,
    })
    expect(requests).toHaveLength(0)
  })
})
