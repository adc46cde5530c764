import { Hono, type Context, type MiddlewareHandler } from 'hono'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { READ_SCOPE_NAME, SCOPE_NAME } from '../identity.ts'
import type { CallRecordCursor, CallRecordStore } from '../store/call-record-store.ts'
import type { SessionStore } from '../store/session-store.ts'
import { ODATA_JSON, type ApiEnv } from './api-env.ts'
import { parseCallRecordFilter } from './call-records-filter.ts'
import { CALL_RECORD } from './call-records-model.ts'
import { callRecordContext, renderCallRecord } from './call-records-render.ts'
import { contextSelection, parseShape } from './call-records-select-expand.ts'
import { graphError } from './graph-error.ts'
import { MAX_PAGE_BYTES, MAX_PAGE_SIZE } from './list-query.ts'

type Auth = (anyOfScopes: readonly string[]) => MiddlewareHandler<ApiEnv>

/** Graph's page size for call records ("The default page size for call records is 60 entries"). */
const PAGE_SIZE = 60

/** GET …/callRecords (filter, page) and GET …/callRecords/{id} ($select, nested $expand). Read-only, as Graph. */
export function callRecordsRoutes(
  records: CallRecordStore,
  sessions: SessionStore,
  origin: string,
  auth: Auth,
): Hono<ApiEnv> {
  const read = auth([READ_SCOPE_NAME, SCOPE_NAME])
  const app = new Hono<ApiEnv>()
  app
    .get('/', read, (c) => {
      const params = new URL(c.req.url).searchParams
      const unsupported = unsupportedOption(params, ['$filter', '$top', '$skiptoken', '$select'])
      if (unsupported) return graphError(c, 400, 'BadRequest', unsupported)
      const shape = parseShape(CALL_RECORD, option(params, '$select'))
      if (!shape.ok) return graphError(c, 400, 'BadRequest', shape.message)
      const filter = parseCallRecordFilter(option(params, '$filter'))
      if (!filter.ok) return graphError(c, 400, 'BadRequest', filter.message)
      const top = option(params, '$top') ?? null
      if (top !== null && !/^[1-9]\d{0,8}$/.test(top)) {
        return graphError(
          c,
          400,
          'BadRequest',
          `Invalid value '${top}' for $top query option found. It must be a positive integer.`,
        )
      }
      const token = option(params, '$skiptoken')
      const after = token === undefined ? undefined : decodeCursor(token)
      if (after === null) return graphError(c, 400, 'BadRequest', 'The $skiptoken is not valid.')
      const size = Math.min(top === null ? PAGE_SIZE : Number(top), MAX_PAGE_SIZE)
      const page = records.list(filter.filter, size, after)
      const render = { origin, sessions: () => ({ items: [], nextAfter: undefined }) }
      const body = new Map<string, JsonValue>([
        ['@odata.context', callRecordContext(origin, contextSelection(shape.shape), false)],
        ['value', page.items.map((record) => renderCallRecord(record, shape.shape, render))],
      ])
      if (page.next) {
        const next = new URLSearchParams()
        for (const name of ['$filter', '$top', '$select']) {
          const value = option(params, name)
          if (value !== undefined) next.set(name, value)
        }
        next.set('$skiptoken', encodeCursor(page.next))
        body.set('@odata.nextLink', `${origin}/beta/communications/callRecords?${queryString(next)}`)
      }
      return c.body(stringifyJson(body), 200, { 'Content-Type': ODATA_JSON })
    })
    .get('/:callRecordId', read, (c) => {
      const callRecordId = c.req.param('callRecordId')
      const params = new URL(c.req.url).searchParams
      const unsupported = unsupportedOption(params, ['$select', '$expand'])
      if (unsupported) return graphError(c, 400, 'BadRequest', unsupported)
      const shape = parseShape(
        CALL_RECORD,
        params.get('$select') ?? undefined,
        params.get('$expand') ?? undefined,
      )
      if (!shape.ok) return graphError(c, 400, 'BadRequest', shape.message)
      const record = records.get(callRecordId)
      if (!record) return notFound(c, callRecordId)
      const body = new Map<string, JsonValue>([
        ['@odata.context', callRecordContext(origin, contextSelection(shape.shape), true)],
        ...renderCallRecord(record, shape.shape, {
          origin,
          sessions: (withSegments) =>
            sessions.list(callRecordId, { size: MAX_PAGE_SIZE, maxBytes: MAX_PAGE_BYTES, withSegments }),
        }),
      ])
      return c.body(stringifyJson(body), 200, { 'Content-Type': ODATA_JSON })
    })
    .on('OPTIONS', ['/', '/:callRecordId'], (c) => c.body(null, 204, { Allow: 'GET, HEAD, OPTIONS' }))
    .all('/', methodNotAllowed)
    .all('/:callRecordId', methodNotAllowed)
  return app
}

function notFound(c: Context<ApiEnv>, callRecordId: string): Response {
  return graphError(
    c,
    404,
    'itemNotFound',
    `The call record '${callRecordId}' was not found: it has no sessions.`,
  )
}

function methodNotAllowed(c: Context<ApiEnv>): Response {
  return graphError(
    c,
    405,
    'MethodNotAllowed',
    `The HTTP method '${c.req.method}' is not allowed on this resource. Try GET, HEAD, OPTIONS.`,
    { headers: { Allow: 'GET, HEAD, OPTIONS' } },
  )
}

/** OData system query options other than the supported ones are refused; custom parameters are ignored. */
function unsupportedOption(params: URLSearchParams, supported: readonly string[]): string | undefined {
  for (const name of params.keys()) {
    if (name.startsWith('$') && !supported.includes(name.toLowerCase())) {
      return `Query option '${name}' is not supported on this resource. Supported: ${supported.join(', ')}.`
    }
  }
  return undefined
}

/** A system query option whatever its case (`$skipToken`, `$SELECT`), as OData reads them. */
function option(params: URLSearchParams, name: string): string | undefined {
  for (const [key, value] of params) if (key.toLowerCase() === name) return value
  return undefined
}

function encodeCursor(cursor: CallRecordCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.row])).toString('base64url')
}

function decodeCursor(token: string): CallRecordCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    if (Array.isArray(value) && value.length === 2 && value.every((n) => Number.isSafeInteger(n))) {
      return { key: Number(value[0]), row: Number(value[1]) }
    }
  } catch {
    // falls through to "not valid"
  }
  return null
}

/** `$name=value` pairs with the values encoded and the `$` kept, as Graph writes its links. */
function queryString(params: URLSearchParams): string {
  return [...params].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')
}
