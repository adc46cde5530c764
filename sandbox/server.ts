import { mkdirSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import { resolve } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { createApi } from './api/create-api.ts'
import { FaultState } from './api/faults.ts'
import { issuerFor } from './identity.ts'
import { startCallRecordFeed } from './notifications/call-record-feed.ts'
import { interactionHandler, isInteractionPath } from './oidc/interactions.ts'
import { loadOrCreateSecrets } from './oidc/secrets.ts'
import { createSignInServer, mountedHandler } from './oidc/sign-in-server.ts'
import { openDatabase } from './store/database.ts'
import { SessionStore } from './store/session-store.ts'
import { loadOrCreateCertificate } from './tls/certificate.ts'
import { staticFiles } from './web/static-files.ts'
import { viteDev, type AppHandler } from './web/vite-dev.ts'

export interface ServerOptions {
  port: number
  host: string
  dataDir: string
  /** Where the app comes from; none serves only the sign-in server and the API (tests). */
  app?: { mode: 'dev'; root: string } | { mode: 'static'; dir: string }
  /** Hosts besides this machine that change notifications may go to (SANDBOX_NOTIFICATION_HOSTS). */
  notificationHosts?: readonly string[]
}

export interface RunningServer {
  origin: string
  issuer: string
  dataDir: string
  certPath: string
  close(): Promise<void>
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** One https origin: /oidc the sign-in server, /beta the sandbox API, /_sandbox presenter tools, the rest the app. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const dataDir = resolve(options.dataDir)
  mkdirSync(dataDir, { recursive: true })
  const [certificate, secrets] = await Promise.all([
    loadOrCreateCertificate(dataDir, options.host),
    loadOrCreateSecrets(dataDir),
  ])
  const db = openDatabase(dataDir)
  // The issuer needs the real port (port 0 in tests); requests before everything is built are told to retry.
  let listener: Listener = (_req, res) => res.writeHead(503, { 'Retry-After': '1' }).end()
  const server = createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    listener(req, res)
  })
  const port = await listen(server, options.port, options.host)
  const origin = `https://${originHost(options.host)}:${port}`
  const issuer = issuerFor(origin)
  const store = new SessionStore(db)
  const feed = startCallRecordFeed(db, store, { allowedHosts: options.notificationHosts ?? [] })
  const provider = createSignInServer(origin, secrets, db)
  const oidc = mountedHandler(provider, '/oidc')
  const interaction = interactionHandler(provider)
  const api = getRequestListener(
    createApi({ origin, issuer, publicKey: secrets.publicKey, store, faults: new FaultState(), feed }).fetch,
    { overrideGlobalObjects: false },
  )
  const app = await appHandler(options.app, server)
  listener = (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const done = isInteractionPath(path)
      ? interaction(req, res)
      : under(path, '/oidc')
        ? oidc(req, res)
        : under(path, '/beta', { ignoreCase: true }) || under(path, '/_sandbox') || !app
          ? api(req, res)
          : app.handle(req, res)
    void Promise.resolve(done).catch((error: unknown) => {
      console.error('[sandbox]', error)
      if (!res.headersSent) res.writeHead(500).end()
    })
  }
  return {
    origin,
    issuer,
    dataDir,
    certPath: certificate.certPath,
    close: async () => {
      await app?.close()
      feed.close()
      await new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
      db.close()
    },
  }
}

function under(path: string, prefix: string, { ignoreCase = false } = {}): boolean {
  const start = path.slice(0, prefix.length + 1)
  const [head, wanted] = ignoreCase ? [start.toLowerCase(), prefix.toLowerCase()] : [start, prefix]
  return head === wanted || head === `${wanted}/`
}

async function appHandler(app: ServerOptions['app'], server: Server): Promise<AppHandler | undefined> {
  if (!app) return undefined
  if (app.mode === 'dev') return viteDev(app.root, server)
  return { handle: staticFiles(app.dir), close: () => Promise.resolve() }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => {
      server.off('error', fail)
      const address = server.address()
      if (address === null || typeof address === 'string') fail(new Error('The server has no port'))
      else done(address.port)
    })
  })
}

/** Browsers and MSAL must use the same host name as the issuer; a wildcard bind is reached as localhost. */
function originHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}
