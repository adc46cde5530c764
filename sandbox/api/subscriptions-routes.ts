import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { z } from 'zod'
import { READ_SCOPE_NAME, SCOPE_NAME } from '../identity.ts'
import { validateEndpoint } from '../notifications/validate-endpoint.ts'
import type { Subscription, SubscriptionStore } from '../store/subscription-store.ts'
import type { ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'
import { utf8Text } from './json-media-type.ts'
import { principalOf } from './subscriptions-principal.ts'
import { checkExpiration, checkNewSubscription, unknownProperty } from './subscriptions-request.ts'

type Auth = (anyOfScopes: readonly string[]) => MiddlewareHandler<ApiEnv>

/** A user's subscriptions at once; enough for any demo, and a bound on what one token can make the sandbox do. */
export const MAX_SUBSCRIPTIONS_PER_USER = 10
/** Validation requests out at once (each may take 10 s); more are told to come back, as Graph throttles. */
const MAX_VALIDATIONS = 4

export interface SubscriptionsDeps {
  subscriptions: SubscriptionStore
  origin: string
  allowedHosts: readonly string[]
  now?: () => number
}

/** POST/GET /subscriptions, GET/PATCH/DELETE /subscriptions/{id}, for `/communications/callRecords`. */
export function subscriptionsRoutes(deps: SubscriptionsDeps, auth: Auth): Hono<ApiEnv> {
  const { subscriptions, origin, allowedHosts } = deps
  const now = deps.now ?? Date.now
  const read = auth([READ_SCOPE_NAME, SCOPE_NAME])
  let validating = 0
  const validate = async (c: Context<ApiEnv>, url: string): Promise<Response | undefined> => {
    if (validating >= MAX_VALIDATIONS) {
      return graphError(c, 429, 'activityLimitReached', 'The request has been throttled', {
        headers: { 'Retry-After': '10' },
      })
    }
    validating++
    try {
      const validation = await validateEndpoint(url, allowedHosts)
      return validation.ok ? undefined : validationFailed(c, validation.message, validation.reason)
    } finally {
      validating--
    }
  }
  const app = new Hono<ApiEnv>()
  const entity = (c: Context<ApiEnv>, subscription: Subscription, status: 200 | 201 = 200) =>
    c.json(
      { '@odata.context': `${origin}/beta/$metadata#subscriptions/$entity`, ...toJson(subscription) },
      status,
    )
  app
    .post('/', read, async (c) => {
      const json = await jsonBody(c)
      if (!json.ok) return json.response
      const checked = checkNewSubscription(json.value, now())
      if (!checked.ok) return graphError(c, 400, checked.code, checked.message)
      const principal = principalOf(c)
      if (subscriptions.count(principal.id) >= MAX_SUBSCRIPTIONS_PER_USER) return tooMany(c)
      const refused = await validate(c, checked.value.notificationUrl)
      if (refused) return refused
      // Counted again: other creations may have finished while this one was validating.
      if (subscriptions.count(principal.id) >= MAX_SUBSCRIPTIONS_PER_USER) return tooMany(c)
      const created = subscriptions.create({
        ...checked.value,
        owner: principal.id,
        tenantId: principal.tenantId,
        applicationId: principal.applicationId,
      })
      return entity(c, created, 201)
    })
    .get('/', read, (c) =>
      c.json({
        '@odata.context': `${origin}/beta/$metadata#subscriptions`,
        value: subscriptions.list(principalOf(c).id).map(toJson),
      }),
    )
    .get('/:id', read, (c) => {
      const found = subscriptions.get(principalOf(c).id, c.req.param('id'))
      return found ? entity(c, found) : notFound(c)
    })
    .patch('/:id', read, async (c) => {
      const owner = principalOf(c).id
      const current = subscriptions.get(owner, c.req.param('id'))
      if (!current) return notFound(c)
      const json = await jsonBody(c)
      if (!json.ok) return json.response
      const unknown = unknownProperty(json.value)
      if (unknown) return graphError(c, 400, 'BadRequest', unknown)
      const parsed = z
        .object({ expirationDateTime: z.string().optional(), notificationUrl: z.string().optional() })
        .loose()
        .safeParse(json.value)
      if (!parsed.success)
        return graphError(c, 400, 'BadRequest', 'expirationDateTime and notificationUrl are strings.')
      const changes: { expirationDateTime?: string; notificationUrl?: string } = {}
      if (parsed.data.expirationDateTime !== undefined) {
        const expiration = checkExpiration(parsed.data.expirationDateTime, now())
        if (!expiration.ok) return graphError(c, 400, expiration.code, expiration.message)
        changes.expirationDateTime = expiration.value
      }
      if (
        parsed.data.notificationUrl !== undefined &&
        parsed.data.notificationUrl !== current.notificationUrl
      ) {
        const refused = await validate(c, parsed.data.notificationUrl)
        if (refused) return refused
        changes.notificationUrl = parsed.data.notificationUrl
      }
      const updated = subscriptions.update(owner, current.id, changes)
      return updated ? entity(c, updated) : notFound(c)
    })
    .delete('/:id', read, (c) =>
      subscriptions.delete(principalOf(c).id, c.req.param('id')) ? c.body(null, 204) : notFound(c),
    )
    .all('/', methodNotAllowed('GET, POST'))
    .all('/:id', methodNotAllowed('GET, PATCH, DELETE'))
  return app
}

/** Graph's subscription, every declared property present. */
function toJson(s: Subscription) {
  return {
    id: s.id,
    resource: s.resource,
    applicationId: s.applicationId,
    changeType: s.changeType,
    clientState: s.clientState,
    notificationUrl: s.notificationUrl,
    notificationQueryOptions: null,
    lifecycleNotificationUrl: s.lifecycleNotificationUrl,
    expirationDateTime: s.expirationDateTime,
    creatorId: s.owner,
    includeResourceData: false,
    latestSupportedTlsVersion: s.latestSupportedTlsVersion,
    encryptionCertificate: null,
    encryptionCertificateId: null,
    notificationUrlAppId: null,
    notificationContentType: null,
  }
}

async function jsonBody(
  c: Context<ApiEnv>,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    return {
      ok: false,
      response: graphError(c, 415, 'UnsupportedMediaType', 'Send the subscription as application/json.'),
    }
  }
  // The upload limit is enforced before the API sees the request (web/upload.ts).
  const text = utf8Text(await c.req.arrayBuffer())
  const parsed = z.record(z.string(), z.unknown()).safeParse(text === undefined ? undefined : safeJson(text))
  if (!parsed.success) {
    return { ok: false, response: graphError(c, 400, 'BadRequest', 'The request body is not a JSON object.') }
  }
  return { ok: true, value: parsed.data }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function validationFailed(c: Context<ApiEnv>, message: string, reason: string): Response {
  return graphError(c, 400, 'InvalidRequest', message, {
    details: [{ code: 'ValidationError', message: reason, target: 'notificationUrl' }],
  })
}

function tooMany(c: Context<ApiEnv>): Response {
  return graphError(
    c,
    403,
    'ExtensionError',
    `The sandbox keeps at most ${MAX_SUBSCRIPTIONS_PER_USER} subscriptions per user; delete one first.`,
  )
}

function notFound(c: Context<ApiEnv>): Response {
  return graphError(
    c,
    404,
    'ResourceNotFound',
    `The object was not found: subscription '${c.req.param('id') ?? ''}'.`,
  )
}

function methodNotAllowed(allow: string) {
  return (c: Context<ApiEnv>) =>
    graphError(
      c,
      405,
      'MethodNotAllowed',
      `The HTTP method '${c.req.method}' is not allowed here. Try ${allow}.`,
      {
        headers: { Allow: allow },
      },
    )
}
