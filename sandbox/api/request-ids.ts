import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { ApiEnv } from './api-env.ts'

/** Graph stamps every response, errors included, with a fresh `request-id` and echoes `client-request-id`. */
export const requestIds: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const requestId = randomUUID()
  const sent = c.req.header('client-request-id')
  const clientRequestId = sent ? sent.slice(0, 256) : randomUUID()
  c.set('requestId', requestId)
  c.set('clientRequestId', clientRequestId)
  await next()
  c.res.headers.set('request-id', requestId)
  c.res.headers.set('client-request-id', clientRequestId)
}
