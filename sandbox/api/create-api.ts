import { Hono } from 'hono'
import type { CallRecordFeed } from '../notifications/call-record-feed.ts'
import type { PublicRsaJwk } from '../oidc/secrets.ts'
import type { SessionStore } from '../store/session-store.ts'
import type { ApiEnv } from './api-env.ts'
import { bearerAuth } from './bearer-auth.ts'
import { callRecordsRoutes } from './call-records-routes.ts'
import { injectFaults, type FaultState } from './faults.ts'
import { clip, graphError } from './graph-error.ts'
import { graphRoutingPath } from './graph-path.ts'
import { requestIds } from './request-ids.ts'
import { sandboxRoutes } from './sandbox-routes.ts'
import { sessionsRoutes } from './sessions-routes.ts'
import { deliveriesRoutes } from './subscriptions-deliveries-routes.ts'
import { subscriptionsRoutes } from './subscriptions-routes.ts'
import { refuseOversizedUpload } from './upload-limit.ts'

export interface ApiOptions {
  origin: string
  issuer: string
  publicKey: PublicRsaJwk
  store: SessionStore
  faults: FaultState
  /** Call records, subscriptions and change notifications (issue 14). */
  feed: CallRecordFeed
}

/** The Graph-compatible sandbox API (/beta) and the presenter tools (/_sandbox), as one Hono app. */
export function createApi({ origin, issuer, publicKey, store, faults, feed }: ApiOptions): Hono<ApiEnv> {
  const auth = bearerAuth(issuer, publicKey)
  const app = new Hono<ApiEnv>({ getPath: graphRoutingPath })
  app
    .use(requestIds)
    .use(refuseOversizedUpload)
    .use('/beta/*', injectFaults(faults))
    .route('/beta/communications/callRecords', sessionsRoutes(store, origin, auth))
    .route('/beta/communications/callRecords', callRecordsRoutes(feed.callRecords, store, origin, auth))
    .route('/beta/subscriptions', subscriptionsRoutes({ ...feed, origin }, auth))
    .route('/_sandbox/notifications', deliveriesRoutes(feed.deliveries, auth))
    .route('/_sandbox', sandboxRoutes({ faults, store, issuer, origin }))
    .notFound((c) =>
      graphError(
        c,
        404,
        'NotFound',
        `No HTTP resource was found that matches the request URI '${origin}${clip(c.req.path, 300)}'.`,
      ),
    )
    .onError((error, c) => {
      console.error('[sandbox api]', error)
      return graphError(c, 500, 'generalException', 'An unexpected error occurred in the sandbox.')
    })
  return app
}
