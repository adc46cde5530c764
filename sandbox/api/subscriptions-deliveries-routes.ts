import { Hono, type MiddlewareHandler } from 'hono'
import { READ_SCOPE_NAME, SCOPE_NAME } from '../identity.ts'
import type { DeliveryQueue } from '../notifications/delivery-queue.ts'
import type { ApiEnv } from './api-env.ts'
import { principalOf } from './subscriptions-principal.ts'

type Auth = (anyOfScopes: readonly string[]) => MiddlewareHandler<ApiEnv>

/**
 * GET /_sandbox/notifications: the latest deliveries to the caller's own subscriptions, for the Subscriptions
 * panel. Unlike the other presenter tools it takes a token: it tells where a user's webhooks are.
 */
export function deliveriesRoutes(deliveries: DeliveryQueue, auth: Auth): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()
  app.get('/', auth([READ_SCOPE_NAME, SCOPE_NAME]), (c) => {
    const value = deliveries.recent(principalOf(c).id).map((d) => ({
      id: d.id,
      subscriptionId: d.subscriptionId,
      changeType: d.changeType,
      callRecordId: d.callRecordId,
      version: d.version,
      notificationUrl: d.notificationUrl,
      status: d.status,
      attempts: d.attempts,
      lastStatus: d.lastStatus,
      lastError: d.lastError,
      createdDateTime: new Date(d.createdAt).toISOString(),
      finishedDateTime: d.finishedAt === null ? null : new Date(d.finishedAt).toISOString(),
      latencyMs: d.finishedAt === null ? null : d.finishedAt - d.createdAt,
    }))
    return c.json({ value }, 200, { 'Cache-Control': 'no-store' })
  })
  return app
}
