import { Hono } from 'hono'
import type { SessionStore } from '../store/session-store.ts'
import type { ApiEnv } from './api-env.ts'
import { faultRequest, type FaultState } from './faults.ts'
import { graphError } from './graph-error.ts'
import { idProblem } from './graph-ids.ts'
import { isJsonMediaType, utf8Text } from './json-media-type.ts'
import { sameOriginOnly } from './same-origin-only.ts'

/** A fault request is a few dozen bytes; the server refuses bodies over this before reading them. */
export const MAX_PRESENTER_BODY_BYTES = 4096

const USAGE =
  'Send {"status":429|503|504,"count":N,"retryAfter":seconds,"callRecordId":"…"} as application/json.'

interface PresenterOptions {
  faults: FaultState
  store: SessionStore
  issuer: string
  origin: string
}

/**
 * Presenter tools under /_sandbox. They take no token on purpose: they steer a local sandbox (on loopback
 * unless HOST says otherwise), and a presenter flips them from curl in the middle of a demo. They answer
 * only this origin's pages and non-browser tools, and only JSON writes.
 */
export function sandboxRoutes({ faults, store, issuer, origin }: PresenterOptions): Hono<ApiEnv> {
  const startedAt = Date.now()
  const current = () => {
    const fault = faults.get()
    return fault ? { active: true, ...fault } : { active: false }
  }
  const app = new Hono<ApiEnv>()
  app
    .use(sameOriginOnly(origin))
    .get('/health', (c) =>
      c.json({
        status: 'ok',
        issuer,
        sessions: store.count(),
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        faults: current(),
      }),
    )
    .get('/faults', (c) => c.json(current()))
    .post('/faults', async (c) => {
      const type = c.req.header('Content-Type') ?? ''
      if (!isJsonMediaType(type)) {
        return graphError(c, 415, 'UnsupportedMediaType', `The content type is not JSON. ${USAGE}`)
      }
      let input: unknown
      try {
        input = JSON.parse(utf8Text(await c.req.arrayBuffer()) ?? '')
      } catch {
        return graphError(c, 400, 'BadRequest', `The body is not JSON. ${USAGE}`)
      }
      const parsed = faultRequest.safeParse(input)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue?.path.length ? issue.path.join('.') : 'body'
        return graphError(
          c,
          400,
          'BadRequest',
          `Invalid fault at ${where}: ${issue?.message ?? 'invalid'}. ${USAGE}`,
        )
      }
      faults.set(parsed.data)
      return c.json(current())
    })
    .delete('/faults', (c) => {
      const callRecordId = c.req.query('callRecordId')
      const problem = callRecordId === undefined ? undefined : idProblem(callRecordId)
      if (problem) return graphError(c, 400, 'BadRequest', `The callRecordId ${problem}.`)
      faults.clear(callRecordId)
      return c.body(null, 204)
    })
    .all('/faults', (c) =>
      graphError(c, 405, 'MethodNotAllowed', `The HTTP method '${c.req.method}' is not allowed here.`, {
        headers: { Allow: 'GET, POST, DELETE' },
      }),
    )
  return app
}
