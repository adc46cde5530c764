import type { RetryDelay } from './retry-delay.ts'

/** One HTTP exchange of a send: what came back, and the wait that followed it when it was retried. */
export interface GraphAttempt {
  attempt: number
  status: number
  statusText: string
  requestId: string | null
  retryAfter: string | null
  /** Set when this answer was retried. */
  wait?: RetryDelay
  /** Set when this 401 led to a new sign-in and a resend. */
  reauthenticated?: boolean
}

/** The final answer of a send, after retries and re-authentication, with its history. */
export interface GraphResult {
  ok: boolean
  status: number
  statusText: string
  /** The response headers the browser lets the page read (cross-origin: only the exposed ones). */
  headers: readonly (readonly [name: string, value: string])[]
  requestId: string | null
  clientRequestId: string
  /** The `Date` header; Graph errors also carry `innerError.date`. */
  date: string | null
  contentType: string | null
  /** The body exactly as received. */
  text: string
  attempts: readonly GraphAttempt[]
  retries: number
  reauthenticated: boolean
  /** 429/503/504 still, after the last allowed retry. */
  retriesExhausted: boolean
  durationMs: number
}

export type GraphFailureKind = 'aborted' | 'timeout' | 'network' | 'token'

/** A send that ended without an answer to show: cancelled, timed out, unreachable, or no token. */
export class GraphSendError extends Error {
  constructor(
    readonly kind: GraphFailureKind,
    message: string,
    readonly attempts: readonly GraphAttempt[],
    readonly clientRequestId: string,
    readonly durationMs: number,
  ) {
    super(message)
    this.name = 'GraphSendError'
  }
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** HTTP/2 (Graph) has no reason phrase, so fetch gives ''; show the standard one. */
export function reasonPhrase(status: number, statusText: string): string {
  return statusText || (REASONS[status] ?? '')
}
