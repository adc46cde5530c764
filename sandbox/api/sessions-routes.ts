import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { READ_SCOPE_NAME, SCOPE_NAME } from '../identity.ts'
import type { SessionStore } from '../store/session-store.ts'
import type { ApiEnv } from './api-env.ts'
import { createSession } from './create-session.ts'
import { graphError } from './graph-error.ts'
import { addressableKeys } from './graph-ids.ts'
import { deleteSession, getSession, listSessions } from './read-sessions.ts'

type Auth = (anyOfScopes: readonly string[]) => MiddlewareHandler<ApiEnv>

const SESSIONS = '/:callRecordId/sessions'
const SESSION = '/:callRecordId/sessions/:sessionId'

/** The routes under /beta/communications/callRecords. */
export function sessionsRoutes(store: SessionStore, origin: string, auth: Auth): Hono<ApiEnv> {
  const read = auth([READ_SCOPE_NAME, SCOPE_NAME])
  const write = auth([SCOPE_NAME])
  const record = addressableKeys({ callRecordId: 'call record id' })
  const session = addressableKeys({ callRecordId: 'call record id', sessionId: 'session id' })
  const app = new Hono<ApiEnv>()
  app
    .get(SESSIONS, read, record, listSessions(store, origin))
    .post(SESSIONS, write, record, createSession(store, origin))
    .get(SESSION, read, session, getSession(store, origin))
    .delete(SESSION, write, session, deleteSession(store))
    .on('OPTIONS', SESSIONS, allow(['GET', 'HEAD', 'POST', 'OPTIONS']))
    .on('OPTIONS', SESSION, allow(['GET', 'HEAD', 'DELETE', 'OPTIONS']))
    .all(SESSIONS, methodNotAllowed(['GET', 'HEAD', 'POST', 'OPTIONS']))
    .all(SESSION, methodNotAllowed(['GET', 'HEAD', 'DELETE', 'OPTIONS']))
  return app
}

function allow(methods: readonly string[]) {
  return (c: Context<ApiEnv>) => c.body(null, 204, { Allow: methods.join(', ') })
}

function methodNotAllowed(methods: readonly string[]) {
  return (c: Context<ApiEnv>) =>
    graphError(
      c,
      405,
      'MethodNotAllowed',
      `The HTTP method '${c.req.method}' is not allowed on this resource. Try ${methods.join(', ')}.`,
      { headers: { Allow: methods.join(', ') } },
    )
}
