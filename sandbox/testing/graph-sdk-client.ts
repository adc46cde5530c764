import { readFileSync } from 'node:fs'
import { Agent as HttpsAgent } from 'node:https'
import { Client, GraphError } from '@microsoft/microsoft-graph-client'
import { Agent } from 'undici'
import { DEMO_LOGIN } from '../identity.ts'
import { signInAs } from '../oidc/sign-in-as.ts'
import type { TestServer } from './test-server.ts'

/**
 * Microsoft's Graph SDK pointed at the test server: its base URL, the host named as a custom host (the SDK adds
 * the token only for Graph's hosts and those), a token from the real sign-in flow, and fetch told to trust the
 * server's self-signed certificate (NODE_EXTRA_CA_CERTS cannot be set once a process runs).
 */
export async function graphSdkFor(
  t: TestServer,
  login = DEMO_LOGIN,
): Promise<{ client: Client; token: string }> {
  const ca = readFileSync(t.server.certPath, 'utf8')
  const agent = new HttpsAgent({ ca })
  const { access_token: token } = await signInAs(t.server.origin, login, agent).finally(() => agent.destroy())
  // Node's fetch takes undici's `dispatcher`; the SDK hands fetchOptions to fetch as they are.
  const fetchOptions = { headers: {}, dispatcher: new Agent({ connect: { ca } }) }
  const client = Client.init({
    baseUrl: t.server.origin,
    defaultVersion: 'beta',
    customHosts: new Set([new URL(t.server.origin).hostname]),
    authProvider: (done) => {
      done(null, token)
    },
    fetchOptions,
  })
  return { client, token }
}

/** The GraphError a request fails with; fails the test if it succeeds or fails otherwise. */
export async function graphError(request: Promise<unknown>): Promise<GraphError> {
  const error: unknown = await request.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof GraphError)) throw new Error(`Expected a GraphError, got ${String(error)}`)
  return error
}
