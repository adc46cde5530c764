import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { Agent } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair, importJWK, SignJWT, type JWTPayload } from 'jose'
import { z } from 'zod'
import { RESOURCE, SCOPE_NAME } from '../identity.ts'
import { SIGNING_KEY_FILE } from '../oidc/secrets.ts'
import { startServer, type RunningServer } from '../server.ts'
import { httpsFetch, type RequestOptions, type TestResponse } from './https-request.ts'

export interface TestServer {
  server: RunningServer
  dataDir: string
  fetch(path: string, options?: RequestOptions): Promise<TestResponse>
  /** An access token signed with the server's key from the data directory, valid unless overridden. */
  token(claims?: JWTPayload, options?: { foreignKey?: boolean }): Promise<string>
  /** Stops the server; `restart` starts it again on the same port and data directory. */
  stop(): Promise<void>
  restart(): Promise<TestServer>
  /** Stops it and removes its data directory. */
  dispose(): Promise<void>
}

/** The real server on a free loopback port with a throw-away data directory and no app (no Vite). */
export async function startTestServer(dataDir?: string, port = 0): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'sandbox-test-')))
  const server = await startServer({ port, host: 'localhost', dataDir: dir })
  const agent = new Agent({ ca: readFileSync(server.certPath, 'utf8'), keepAlive: true })
  const stop = async () => {
    agent.destroy()
    await server.close()
  }
  return {
    server,
    dataDir: dir,
    fetch: (path, options) => httpsFetch(`${server.origin}${path}`, agent, options),
    token: (claims = {}, { foreignKey = false } = {}) => mintToken(server, dir, claims, foreignKey),
    stop,
    restart: () => startTestServer(dir, Number(new URL(server.origin).port)),
    dispose: async () => {
      await stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

const jwk = z.object({ kid: z.string() }).loose()

async function mintToken(server: RunningServer, dataDir: string, claims: JWTPayload, foreign: boolean) {
  const stored = jwk.parse(JSON.parse(readFileSync(join(dataDir, SIGNING_KEY_FILE), 'utf8')))
  const key = foreign ? (await generateKeyPair('RS256')).privateKey : await importJWK(stored, 'RS256')
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({ scp: SCOPE_NAME, oid: 'test-oid', client_id: 'session-composer', ...claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: stored.kid })
    .setIssuer(typeof claims.iss === 'string' ? claims.iss : server.issuer)
    .setAudience(claims.aud ?? RESOURCE)
    .setSubject('admin@contoso.sandbox')
    .setIssuedAt(claims.iat ?? now)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(key)
}
