import { GRAPH_ATTEMPT_TIMEOUT_MS } from '#src/lib/timings.ts'
import { claimsChallenge } from './claims-challenge.ts'
import { fetchOnce, Failure, sleep } from './fetch-once.ts'
import { GraphSendError, reasonPhrase, type GraphAttempt, type GraphResult } from './graph-result.ts'
import {
  GRAPH_RETRY_POLICY,
  RETRYABLE_STATUSES,
  retryDelay,
  type RetryDelay,
  type RetryPolicy,
} from './retry-delay.ts'

/** How the token is asked for; the app binds the scopes. Graph never sees how sign-in works. */
export interface TokenRequest {
  claims?: string
  interaction: 'fallback' | 'never' | 'force'
  /** The send's own: cancelling it ends a wait for a sign-in window too. */
  signal?: AbortSignal
}
export type GraphTokenGetter = (request: TokenRequest) => Promise<string>

export interface GraphRequest {
  method: 'GET' | 'POST' | 'DELETE'
  url: string
  /** Everything but Authorization, which is added here at the last moment. */
  headers?: readonly (readonly [string, string])[]
  body?: string
  /** Sent on every attempt of this request (retries reuse it, as Graph's SDKs do). */
  clientRequestId: string
}

export type GraphProgress =
  | { phase: 'sending'; attempt: number; retry: number }
  | ({ phase: 'waiting'; attempt: number; status: number; retry: number } & RetryDelay)
  | { phase: 'reauthenticating'; attempt: number }

export interface SendOptions {
  signal?: AbortSignal
  onProgress?: (progress: GraphProgress) => void
  /** False for background reads: no sign-in window, and a 401 is final. */
  interactive?: boolean
}

export interface GraphClient {
  send: (request: GraphRequest, options?: SendOptions) => Promise<GraphResult>
}

export interface GraphClientOptions {
  getToken: GraphTokenGetter
  fetch?: typeof fetch
  /** Per attempt, from sending to the last byte of the answer. */
  timeoutMs?: number
  policy?: RetryPolicy
}

/**
 * Graph over fetch: a bearer token added at send time, 429/503/504 retried with Retry-After (Kiota's policy),
 * one new sign-in after a 401 (claims challenge or expired token), abortable, a timeout per attempt. A send
 * that got an answer resolves with it, whatever its status; only no answer at all rejects (GraphSendError).
 */
export function createGraphClient({
  getToken,
  fetch: fetchImpl = (...args) => globalThis.fetch(...args),
  timeoutMs = GRAPH_ATTEMPT_TIMEOUT_MS,
  policy = GRAPH_RETRY_POLICY,
}: GraphClientOptions): GraphClient {
  return {
    send: async (request, { signal, onProgress, interactive = true } = {}) => {
      const started = Date.now()
      const attempts: GraphAttempt[] = []
      const fail = (kind: GraphSendError['kind'], message: string) =>
        new GraphSendError(kind, message, attempts, request.clientRequestId, Date.now() - started)
      const token = async (tokenRequest: TokenRequest) => {
        try {
          return await getToken({ ...tokenRequest, ...(signal ? { signal } : {}) })
        } catch (error) {
          if (signal?.aborted) throw fail('aborted', 'Cancelled while signing in.')
          throw fail('token', error instanceof Error ? error.message : 'No token.')
        }
      }
      let bearer = await token({ interaction: interactive ? 'fallback' : 'never' })
      let retries = 0
      let reauthenticated = false
      for (;;) {
        if (signal?.aborted) throw fail('aborted', 'Cancelled.')
        const attempt = attempts.length + 1
        onProgress?.({ phase: 'sending', attempt, retry: retries })
        const headers = new Headers(request.headers?.map(([name, value]) => [name, value]))
        headers.set('client-request-id', request.clientRequestId)
        headers.set('Authorization', `Bearer ${bearer}`)
        if (retries > 0) headers.set('Retry-Attempt', String(retries))
        const exchange = await fetchOnce(
          fetchImpl,
          request.url,
          { method: request.method, headers, body: request.body },
          timeoutMs,
          signal,
        ).catch((error: unknown) => {
          throw error instanceof Failure
            ? fail(error.kind, error.describe(attempt, timeoutMs, request.url))
            : error
        })
        const { response, text } = exchange
        const record: GraphAttempt = {
          attempt,
          status: response.status,
          statusText: reasonPhrase(response.status, response.statusText),
          requestId: response.headers.get('request-id'),
          retryAfter: response.headers.get('Retry-After'),
        }
        attempts.push(record)
        if (response.status === 401 && interactive && !reauthenticated) {
          reauthenticated = true
          record.reauthenticated = true
          onProgress?.({ phase: 'reauthenticating', attempt })
          const claims = claimsChallenge(response.headers.get('WWW-Authenticate'))
          bearer = await token({ interaction: 'force', ...(claims ? { claims } : {}) })
          continue
        }
        const retryable = RETRYABLE_STATUSES.has(response.status)
        if (retryable && retries < policy.maxRetries) {
          const wait = retryDelay(record.retryAfter, retries, Date.now(), policy)
          record.wait = wait
          onProgress?.({ phase: 'waiting', attempt, status: response.status, retry: retries + 1, ...wait })
          await sleep(wait.ms, signal).catch(() => {
            throw fail('aborted', 'Cancelled while waiting to retry.')
          })
          retries++
          continue
        }
        return {
          ok: response.ok,
          status: response.status,
          statusText: record.statusText,
          headers: [...response.headers],
          requestId: record.requestId,
          clientRequestId: request.clientRequestId,
          date: response.headers.get('Date'),
          contentType: response.headers.get('Content-Type'),
          text,
          attempts,
          retries,
          reauthenticated,
          retriesExhausted: retryable,
          durationMs: Date.now() - started,
        }
      }
    },
  }
}
