import type { IncomingMessage, ServerResponse } from 'node:http'
import type Provider from 'oidc-provider'
import { CLIENT_ID, DEMO_LOGIN, RESOURCE } from '../identity.ts'
import { loginPage, staleSignInPage } from './pages.ts'

const PREFIX = '/oidc/interaction/'

/** Where oidc-provider sends the browser when it needs the user: our own page, not its dev one. */
export function interactionUrl(uid: string): string {
  return `${PREFIX}${uid}`
}

export function isInteractionPath(path: string): boolean {
  return path.startsWith(PREFIX)
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = ''
  for await (const chunk of req) {
    text += String(chunk)
    if (text.length > 16_384) break
  }
  return new URLSearchParams(text)
}

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body)
}

/**
 * GET shows the login form; POST …/login signs in; POST …/abort cancels. Consent is granted on the spot. A
 * link whose interaction is gone (expired, finished, or another browser's) gets a page that says so.
 */
export function interactionHandler(provider: Provider) {
  const handle = interact(provider)
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      await handle(req, res)
    } catch (error) {
      if (!(error instanceof Error && error.name === 'SessionNotFound')) throw error
      if (!res.headersSent) html(res, 400, staleSignInPage('/'))
    }
  }
}

function interact(provider: Provider) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '').split('?')[0] ?? ''
    const [uid = '', action] = path.slice(PREFIX.length).split('/')
    const details = await provider.interactionDetails(req, res)
    if (details.uid !== uid) {
      html(res, 400, staleSignInPage('/'))
      return
    }
    const pageFor = (error?: string, login?: string) =>
      loginPage({
        action: `${PREFIX}${uid}/login`,
        abort: `${PREFIX}${uid}/abort`,
        demoLogin: DEMO_LOGIN,
        error,
        login,
      })

    if (req.method === 'POST' && action === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Sign-in cancelled' },
        { mergeWithLastSubmission: false },
      )
    }
    if (details.prompt.name === 'consent') {
      const grant = new provider.Grant({ accountId: details.session?.accountId, clientId: CLIENT_ID })
      grant.addOIDCScope('openid profile email offline_access')
      const scope = details.params.scope
      grant.addResourceScope(RESOURCE, typeof scope === 'string' ? scope : '')
      const grantId = await grant.save()
      return provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      )
    }
    if (req.method === 'POST' && action === 'login') {
      const login = (await formBody(req)).get('login')?.trim() ?? ''
      if (!login) {
        html(res, 400, pageFor('Enter a login.', ''))
        return
      }
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: login } },
        { mergeWithLastSubmission: false },
      )
    }
    html(res, 200, pageFor())
  }
}
