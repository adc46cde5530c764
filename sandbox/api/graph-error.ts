import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ApiEnv } from './api-env.ts'

export interface ErrorDetail {
  code: string
  message: string
  target: string
}

interface ErrorOptions {
  details?: ErrorDetail[]
  headers?: Record<string, string>
}

/** Graph's error body: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`. */
export function graphError(
  c: Context<ApiEnv>,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  { details, headers }: ErrorOptions = {},
): Response {
  const body = {
    error: {
      code,
      message,
      ...(details ? { details } : {}),
      innerError: {
        date: graphDate(),
        'request-id': c.get('requestId'),
        'client-request-id': c.get('clientRequestId'),
      },
    },
  }
  return c.json(body, status, headers)
}

/** Graph writes innerError.date in UTC without a zone designator or fraction: `2021-11-30T12:17:46`. */
export function graphDate(now = new Date()): string {
  return now.toISOString().slice(0, 19)
}
