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

// Whatever a request puts into an error (an id, a property path, a header) is cut to these lengths, and
// callers list at most MAX_DETAILS details, so no input makes an error body large.
const MAX_MESSAGE = 1000
const MAX_DETAIL_PART = 500
export const MAX_DETAILS = 100

/** `text` cut to `max` characters, with an ellipsis when something was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
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
      message: clip(message, MAX_MESSAGE),
      ...(details
        ? {
            details: details.slice(0, MAX_DETAILS).map((detail) => ({
              code: detail.code,
              message: clip(detail.message, MAX_DETAIL_PART),
              target: clip(detail.target, MAX_DETAIL_PART),
            })),
          }
        : {}),
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
