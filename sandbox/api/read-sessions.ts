import type { Context } from 'hono'
import { isJsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import type { SessionStore } from '../store/session-store.ts'
import { ODATA_JSON, type ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'
import { encodeSkipToken, MAX_PAGE_SIZE, parseExpand, parseListQuery } from './list-query.ts'
import { sessionContext, sessionsContext, sessionsUrl } from './odata.ts'

type Handler = (c: Context<ApiEnv>) => Response

/** GET …/sessions: newest first, `segments` only with `$expand=segments`, paged by `$top` + `$skiptoken`. */
export function listSessions(store: SessionStore, origin: string): Handler {
  return (c) => {
    const callRecordId = c.req.param('callRecordId') ?? ''
    const parsed = parseListQuery(new URL(c.req.url).searchParams)
    if (!parsed.ok) return graphError(c, 400, 'BadRequest', parsed.message)
    const { expandSegments, top, before } = parsed.query
    const page = store.list(callRecordId, Math.min(top ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE), before)
    const body = new Map<string, JsonValue>([
      ['@odata.context', sessionsContext(origin, callRecordId, expandSegments)],
      ['value', page.items.map((item) => entity(item.body, expandSegments))],
    ])
    if (page.nextAfter !== undefined) {
      const next = new URLSearchParams()
      if (top !== undefined) next.set('$top', String(top))
      if (expandSegments) next.set('$expand', 'segments')
      next.set('$skiptoken', encodeSkipToken(page.nextAfter))
      body.set(
        '@odata.nextLink',
        `${sessionsUrl(origin, callRecordId)}?${decodeURIComponent(next.toString())}`,
      )
    }
    return c.body(stringifyJson(body), 200, { 'Content-Type': ODATA_JSON })
  }
}

/** GET …/sessions/{sessionId}, with `$expand=segments` as Graph's callRecord GET has it. */
export function getSession(store: SessionStore, origin: string): Handler {
  return (c) => {
    const callRecordId = c.req.param('callRecordId') ?? ''
    const expand = parseExpand(c.req.query('$expand'))
    if (!expand.ok) return graphError(c, 400, 'BadRequest', expand.message)
    const found = store.get(callRecordId, c.req.param('sessionId') ?? '')
    if (!found) return notFound(c)
    const body = new Map<string, JsonValue>([
      ['@odata.context', sessionContext(origin, callRecordId, expand.expandSegments)],
      ...entity(found.body, expand.expandSegments),
    ])
    return c.body(stringifyJson(body), 200, { 'Content-Type': ODATA_JSON })
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

function entity(stored: string, expandSegments: boolean): Map<string, JsonValue> {
  const parsed = parseJson(stored)
  if (!parsed.ok || !isJsonObject(parsed.value)) throw new Error('A stored session is not a JSON object')
  const map = new Map(parsed.value)
  if (!expandSegments) map.delete('segments')
  return map
}
