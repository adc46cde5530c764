import { randomUUID } from 'node:crypto'
import type { Context } from 'hono'
import { findErrorsBounded, type Issue } from '#src/features/schema/validate.ts'
import { isJsonObject, type JsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { formatPath } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import type { SessionStore } from '../store/session-store.ts'
import { ODATA_JSON, type ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'
import { sessionContext, sessionUrl } from './odata.ts'
import { MAX_BODY_BYTES, readBody } from './read-body.ts'

/**
 * POST …/callRecords/{id}/sessions: media type, size, JSON syntax and the app's own schema are checked in
 * that order; the stored and returned session is the sent one, byte for byte, plus an id when it had none.
 */
export function createSession(store: SessionStore, origin: string) {
  return async (c: Context<ApiEnv>): Promise<Response> => {
    const type = c.req.header('Content-Type') ?? ''
    if (!isJsonMediaType(type)) {
      return graphError(
        c,
        415,
        'UnsupportedMediaType',
        `The content type '${type || '(none)'}' is not supported; send the session as application/json.`,
      )
    }
    const body = await readBody(c.req.raw)
    if (!body.ok) {
      if (body.reason === 'too-large') {
        return graphError(
          c,
          413,
          'RequestEntityTooLarge',
          `The request body exceeds the ${MAX_BODY_BYTES.toLocaleString('en-US')}-byte (4 MB) limit for write requests.`,
          // The rest of the upload is never read, so the connection cannot carry another request.
          { headers: { Connection: 'close' } },
        )
      }
      return graphError(
        c,
        400,
        'BadRequest',
        body.reason === 'not-utf8'
          ? 'The request body is not valid UTF-8.'
          : 'The request body could not be read.',
      )
    }
    const parsed = parseJson(body.text)
    if (!parsed.ok)
      return graphError(c, 400, 'BadRequest', `The request body is not valid JSON: ${parsed.error.message}.`)
    // Always strict: "Allow properties this app doesn't know" is the app's setting, not Graph's.
    const { errors, total } = findErrorsBounded(parsed.value, { limit: MAX_DETAILS })
    const first = errors[0]
    if (first) {
      const details = errors.map((issue) => ({
        code: 'invalidRequest',
        message: issue.graph ?? issue.message,
        target: formatPath(issue.path),
      }))
      if (total > errors.length) {
        details.push({
          code: 'tooManyErrors',
          message: `${(total - errors.length).toLocaleString('en-US')} more errors are not listed.`,
          target: formatPath([]),
        })
      }
      return graphError(c, 400, 'BadRequest', answer(first), { details })
    }
    if (!isJsonObject(parsed.value))
      return graphError(c, 400, 'BadRequest', 'The body must be a JSON object (a session).')
    const session = withId(parsed.value)
    if (!session) return graphError(c, 400, 'BadRequest', 'The session id must not be an empty string.')
    const callRecordId = c.req.param('callRecordId') ?? ''
    const stored = stringifyJson(session.entity)
    if (!store.insert(callRecordId, session.id, stored)) {
      return graphError(
        c,
        409,
        'nameAlreadyExists',
        `A session with id '${session.id}' already exists in call record '${callRecordId}'.`,
      )
    }
    const response = new Map<string, JsonValue>([
      ['@odata.context', sessionContext(origin, callRecordId, false)],
      ...session.entity,
    ])
    return c.body(stringifyJson(response), 201, {
      'Content-Type': ODATA_JSON,
      Location: sessionUrl(origin, callRecordId, session.id),
    })
  }
}

/** At most this many issues are listed in `details`: a 4 MB body can hold hundreds of thousands. */
const MAX_DETAILS = 100

/**
 * Graph's reader stops at the first problem. Where the app knows Graph's words (an undeclared property on a
 * closed type, a null where the type is not nullable, an abstract type) the message is exactly those.
 */
function answer(first: Issue): string {
  if (first.graph) return first.graph
  return first.path.length ? `Invalid value at ${formatPath(first.path)}: ${first.message}` : first.message
}

function isJsonMediaType(header: string): boolean {
  const [mediaType = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase())
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length)
  return (
    mediaType === 'application/json' && (charset === undefined || charset.replaceAll('"', '') === 'utf-8')
  )
}

/** `@odata.context` is response-only, so a sent one is dropped rather than echoed; a missing or null id is assigned. */
function withId(sent: JsonObject): { id: string; entity: Map<string, JsonValue> } | undefined {
  const entity = new Map(sent)
  entity.delete('@odata.context')
  const id = entity.get('id')
  if (typeof id === 'string') return id ? { id, entity } : undefined
  const assigned = randomUUID()
  if (id === null) {
    entity.set('id', assigned)
    return { id: assigned, entity }
  }
  return { id: assigned, entity: new Map<string, JsonValue>([['id', assigned], ...entity]) }
}
