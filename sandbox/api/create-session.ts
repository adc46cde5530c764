import { randomUUID } from 'node:crypto'
import type { Context } from 'hono'
import { isJsonObject, type JsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { prependMember } from '../store/json-members.ts'
import type { SessionStore } from '../store/session-store.ts'
import { ODATA_JSON, type ApiEnv } from './api-env.ts'
import { clip, graphError } from './graph-error.ts'
import { idProblem, shownId } from './graph-ids.ts'
import { isJsonMediaType, utf8Text } from './json-media-type.ts'
import { sessionContext, sessionUrl } from './odata.ts'
import { validateSession } from './validate-session.ts'

/**
 * POST …/callRecords/{id}/sessions: media type, (size, checked before the body is read), JSON syntax, the
 * app's own schema and the id are checked in that order; the stored and returned session is the sent one,
 * byte for byte, plus an id when it had none.
 */
export function createSession(store: SessionStore, origin: string) {
  return async (c: Context<ApiEnv>): Promise<Response> => {
    const type = c.req.header('Content-Type') ?? ''
    if (!isJsonMediaType(type)) {
      return graphError(
        c,
        415,
        'UnsupportedMediaType',
        `The content type '${clip(type, 100) || '(none)'}' is not supported; send the session as application/json.`,
      )
    }
    const text = utf8Text(await c.req.arrayBuffer())
    if (text === undefined) return graphError(c, 400, 'BadRequest', 'The request body is not valid UTF-8.')
    const parsed = parseJson(text)
    if (!parsed.ok)
      return graphError(c, 400, 'BadRequest', `The request body is not valid JSON: ${parsed.error.message}.`)
    const verdict = validateSession(parsed.value)
    if (!verdict.valid) {
      return graphError(c, 400, 'BadRequest', verdict.message, { details: verdict.details })
    }
    if (!isJsonObject(parsed.value))
      return graphError(c, 400, 'BadRequest', 'The body must be a JSON object (a session).')
    const session = withId(parsed.value)
    const problem = idProblem(session.id)
    if (problem) return graphError(c, 400, 'BadRequest', `The session id ${problem}.`)
    const callRecordId = c.req.param('callRecordId') ?? ''
    const stored = stringifyJson(session.entity)
    if (!store.insert(callRecordId, session.id, stored)) {
      return graphError(
        c,
        409,
        'nameAlreadyExists',
        `A session with id ${shownId(session.id)} already exists in call record ${shownId(callRecordId)}.`,
      )
    }
    return c.body(prependMember('@odata.context', sessionContext(origin, callRecordId), stored), 201, {
      'Content-Type': ODATA_JSON,
      Location: sessionUrl(origin, callRecordId, session.id),
    })
  }
}

/** `@odata.context` is response-only, so a sent one is dropped rather than echoed; a missing or null id is assigned. */
function withId(sent: JsonObject): { id: string; entity: Map<string, JsonValue> } {
  const entity = new Map(sent)
  entity.delete('@odata.context')
  const id = entity.get('id')
  if (typeof id === 'string') return { id, entity }
  const assigned = randomUUID()
  if (id === null) {
    entity.set('id', assigned)
    return { id: assigned, entity }
  }
  return { id: assigned, entity: new Map<string, JsonValue>([['id', assigned], ...entity]) }
}
