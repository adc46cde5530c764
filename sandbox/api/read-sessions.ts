import type { Context } from 'hono'
import { pickMembers, prependMember } from '../store/json-members.ts'
import type { SessionStore } from '../store/session-store.ts'
import { ODATA_JSON, type ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'
import {
  decodeSkipToken,
  encodeSkipToken,
  MAX_PAGE_BYTES,
  MAX_PAGE_SIZE,
  SESSION_OPTIONS,
  SESSIONS_OPTIONS,
} from './list-query.ts'
import { readODataOptions } from './odata-options.ts'
import { sessionContext, sessionsContext, sessionsUrl, type Projection } from './odata.ts'

type Handler = (c: Context<ApiEnv>) => Response

/**
 * GET …/sessions: newest first, `segments` only with `$expand=segments`, paged by `$top` + `$skiptoken` and by
 * size. The response is spliced together from the stored texts; no stored session is parsed.
 */
export function listSessions(store: SessionStore, origin: string): Handler {
  return (c) => {
    const callRecordId = c.req.param('callRecordId') ?? ''
    const read = readODataOptions(new URL(c.req.url).searchParams, SESSIONS_OPTIONS)
    if (!read.ok) return graphError(c, 400, 'BadRequest', read.message)
    const { select, expand, top, skipToken } = read.options
    const before = skipToken === undefined ? undefined : decodeSkipToken(skipToken)
    if (skipToken !== undefined && before === undefined) {
      return graphError(c, 400, 'BadRequest', 'The $skiptoken is not valid.')
    }
    const projection: Projection = { select, expand }
    const page = store.list(callRecordId, {
      size: Math.min(top ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE),
      maxBytes: MAX_PAGE_BYTES,
      before,
      withSegments: expand.includes('segments'),
    })
    const value = page.items.map((item) => project(item.body, projection)).join(',')
    let text = `{"@odata.context":${JSON.stringify(sessionsContext(origin, callRecordId, projection))},"value":[${value}]`
    if (page.nextAfter !== undefined) {
      const next = new URLSearchParams()
      if (top !== undefined) next.set('$top', String(top))
      if (select) next.set('$select', select.join(','))
      if (expand.length) next.set('$expand', expand.join(','))
      next.set('$skiptoken', encodeSkipToken(page.nextAfter))
      const link = `${sessionsUrl(origin, callRecordId)}?${decodeURIComponent(next.toString())}`
      text += `,"@odata.nextLink":${JSON.stringify(link)}`
    }
    return c.body(`${text}}`, 200, { 'Content-Type': ODATA_JSON })
  }
}

/** GET …/sessions/{sessionId}, with `$select` and `$expand=segments` as Graph's callRecord GET has them. */
export function getSession(store: SessionStore, origin: string): Handler {
  return (c) => {
    const callRecordId = c.req.param('callRecordId') ?? ''
    const read = readODataOptions(new URL(c.req.url).searchParams, SESSION_OPTIONS)
    if (!read.ok) return graphError(c, 400, 'BadRequest', read.message)
    const projection: Projection = read.options
    const found = store.get(
      callRecordId,
      c.req.param('sessionId') ?? '',
      projection.expand.includes('segments'),
    )
    if (!found) return notFound(c)
    const context = sessionContext(origin, callRecordId, projection)
    return c.body(prependMember('@odata.context', context, project(found.body, projection)), 200, {
      'Content-Type': ODATA_JSON,
    })
  }
}

export function deleteSession(store: SessionStore): Handler {
  return (c) => {
    const deleted = store.delete(c.req.param('callRecordId') ?? '', c.req.param('sessionId') ?? '')
    return deleted ? c.body(null, 204) : notFound(c)
  }
}

function notFound(c: Context<ApiEnv>): Response {
  const message = `The session '${c.req.param('sessionId') ?? ''}' was not found in call record '${c.req.param('callRecordId') ?? ''}'.`
  return graphError(c, 404, 'itemNotFound', message)
}

/** The stored text, cut down to the selected (and expanded) properties when `$select` names some. */
function project(text: string, { select, expand }: Projection): string {
  if (select === undefined) return text
  return pickMembers(text, (name) => select.includes(name) || expand.includes(name))
}
