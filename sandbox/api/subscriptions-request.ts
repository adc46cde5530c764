import { z } from 'zod'

/** Graph's longest subscription to call records: "4230 minutes (under 3 days)". */
export const MAX_MINUTES = 4230
export const CALL_RECORDS_RESOURCE = '/communications/callRecords'
const CHANGE_TYPES = ['created', 'updated']

/** Every property of microsoft.graph.subscription; a body with others is refused, as Graph does. */
const DECLARED = new Set([
  '@odata.type',
  'id',
  'applicationId',
  'creatorId',
  'changeType',
  'clientState',
  'encryptionCertificate',
  'encryptionCertificateId',
  'expirationDateTime',
  'includeResourceData',
  'latestSupportedTlsVersion',
  'lifecycleNotificationUrl',
  'notificationContentType',
  'notificationQueryOptions',
  'notificationUrl',
  'notificationUrlAppId',
  'resource',
])

const body = z.object({
  changeType: z.string().optional(),
  notificationUrl: z.string().optional(),
  resource: z.string().optional(),
  expirationDateTime: z.string().optional(),
  clientState: z.string().nullish(),
  lifecycleNotificationUrl: z.string().nullish(),
  latestSupportedTlsVersion: z.enum(['v1_0', 'v1_1', 'v1_2', 'v1_3']).nullish(),
  includeResourceData: z.boolean().nullish(),
})

export interface SubscriptionRequest {
  changeType: string
  notificationUrl: string
  resource: string
  expirationDateTime: string
  clientState: string | null
  lifecycleNotificationUrl: string | null
  latestSupportedTlsVersion: string
}

export type Checked<T> = { ok: true; value: T } | { ok: false; code: string; message: string }

export function unknownProperty(json: Record<string, unknown>): string | undefined {
  const name = Object.keys(json).find((key) => !DECLARED.has(key))
  return name === undefined
    ? undefined
    : `The property '${name}' does not exist on type 'microsoft.graph.subscription'. Make sure to only use property names that are defined by the type.`
}

/** The body of POST /subscriptions, checked in the order Graph reports problems. */
export function checkNewSubscription(
  json: Record<string, unknown>,
  now: number,
): Checked<SubscriptionRequest> {
  const unknown = unknownProperty(json)
  if (unknown) return invalid('BadRequest', unknown)
  const parsed = body.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return invalid(
      'BadRequest',
      `Invalid value for '${issue?.path.join('.') ?? 'body'}': ${issue?.message ?? 'invalid'}.`,
    )
  }
  const { changeType, notificationUrl, resource, expirationDateTime } = parsed.data
  for (const [name, value] of Object.entries({ changeType, notificationUrl, resource, expirationDateTime })) {
    if (!value) return invalid('InvalidRequest', `${name} is a required property for subscription creation.`)
  }
  if (!changeType || !notificationUrl || !resource || !expirationDateTime) throw new Error('unreachable')
  if (resource.replace(/^\//, '').toLowerCase() !== CALL_RECORDS_RESOURCE.slice(1).toLowerCase()) {
    return invalid(
      'InvalidRequest',
      `Resource '${resource}' is not supported by the sandbox; subscribe to '${CALL_RECORDS_RESOURCE}'.`,
    )
  }
  const types = changeType.split(',').map((type) => type.trim())
  const wrong = types.find((type) => !CHANGE_TYPES.includes(type))
  if (wrong !== undefined) {
    return invalid(
      'InvalidRequest',
      `ChangeType '${wrong}' is not supported for resource '${resource}'. Call records support created and updated.`,
    )
  }
  if ((parsed.data.clientState?.length ?? 0) > 255) {
    return invalid('InvalidRequest', 'clientState must be at most 255 characters long.')
  }
  if (parsed.data.includeResourceData) {
    return invalid(
      'InvalidRequest',
      `Rich notifications (includeResourceData) are not supported for resource '${resource}'.`,
    )
  }
  const expiration = checkExpiration(expirationDateTime, now)
  if (!expiration.ok) return expiration
  return {
    ok: true,
    value: {
      changeType: types.join(','),
      notificationUrl,
      resource,
      expirationDateTime: expiration.value,
      clientState: parsed.data.clientState ?? null,
      lifecycleNotificationUrl: parsed.data.lifecycleNotificationUrl ?? null,
      latestSupportedTlsVersion: parsed.data.latestSupportedTlsVersion ?? 'v1_2',
    },
  }
}

/** A DateTimeOffset in the future, at most 4230 minutes away; answered in UTC. */
export function checkExpiration(text: string, now: number): Checked<string> {
  const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/i.test(text)
    ? Date.parse(text)
    : Number.NaN
  if (Number.isNaN(ms)) {
    return invalid('BadRequest', `Cannot convert '${text}' to a DateTimeOffset for expirationDateTime.`)
  }
  if (ms <= now) return invalid('InvalidRequest', 'Subscription expiration must be in the future.')
  if (ms > now + MAX_MINUTES * 60_000) {
    return invalid(
      'ExtensionError',
      `Subscription expiration can only be ${MAX_MINUTES} minutes in the future.`,
    )
  }
  return { ok: true, value: new Date(ms).toISOString() }
}

function invalid<T>(code: string, message: string): Checked<T> {
  return { ok: false, code, message }
}
