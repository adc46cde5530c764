import { Hono } from 'hono'
import type { SessionStore } from '../store/session-store.ts'
import type { ApiEnv } from './api-env.ts'
import { faultRequest, type FaultState } from './faults.ts'
import { graphError } from './graph-error.ts'

/**
 * Presenter tools under /_sandbox. They take no token on purpose: they steer a local sandbox (on loopback
 * unless HOST says otherwise), and a presenter flips them from curl in the middle of a demo.
 */
export function sandboxRoutes(faults: FaultState, store: SessionStore, issuer: string): Hono<ApiEnv> {
  const startedAt = Date.now()
  const current = () => {
    const fault = faults.get()
    return fault ? { active: true, ...fault } : { active: false }
  }
  const app = new Hono<ApiEnv>()
  app
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
      let input: unknown
      try {
        input = await c.req.json()
      } catch {
        return graphError(
          c,
          400,
          'BadRequest',
          'Send JSON: {"status":429|503|504,"count":N,"retryAfter":seconds}.',
        )
      }
      const parsed = faultRequest.safeParse(input)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue?.path.length ? issue.path.join('.') : 'body'
        return graphError(
          c,
          400,
          'BadRequest',
          `Invalid fault at ${where}: ${issue?.message ?? 'invalid'}. Send {"status":429|503|504,"count":N,"retryAfter":seconds}.`,
        )
      }
      faults.set(parsed.data)
      return c.json(current())
    })
    .delete('/faults', (c) => {
      faults.clear(c.req.query('callRecordId'))
      return c.body(null, 204)
    })
    .all('/faults', (c) =>
      graphError(c, 405, 'MethodNotAllowed', `The HTTP method '${c.req.method}' is not allowed here.`, {
        headers: { Allow: 'GET, POST, DELETE' },
      }),
    )
  return app
}
