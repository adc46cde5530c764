import { createHash, randomBytes } from 'node:crypto'
import { request, type Agent } from 'node:https'
import { z } from 'zod'
import { CLIENT_ID, SCOPE } from '../identity.ts'

const tokens = z.object({
  access_token: z.string(),
  refresh_token: z.string().optional(),
  expires_in: z.number(),
})
export type SignInTokens = z.infer<typeof tokens>

interface Answer {
  status: number
  location: string | undefined
  cookies: string[]
  text: string
}

/**
 * The app's own sign-in, without a browser: authorization code + PKCE through the sandbox's login page (any
 * password), as the `session-composer` client. For scripts and tests that call the sandbox API the way an app
 * does; the token is a real one from the sign-in server, not minted on the side.
 */
export async function signInAs(origin: string, login: string, agent: Agent): Promise<SignInTokens> {
  const cookies = new Map<string, string>()
  const send = async (url: string, method = 'GET', form?: Record<string, string>): Promise<Answer> => {
    const answer = await exchange(new URL(url, origin), agent, method, cookies, form)
    for (const line of answer.cookies) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim())
    }
    return answer
  }
  const redirect = (answer: Answer) => {
    if (answer.status < 300 || answer.status > 303 || !answer.location) {
      throw new Error(`Sign-in expected a redirect, got ${answer.status}: ${answer.text.slice(0, 200)}`)
    }
    return new URL(answer.location, origin).href
  }
  const verifier = randomBytes(32).toString('base64url')
  const redirectUri = `${origin}/`
  const authorize = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: `openid profile offline_access ${SCOPE}`,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
  })
  const page = await send(redirect(await send(`/oidc/auth?${authorize}`)))
  const action = /<form[^>]*action="([^"]+)"/.exec(page.text)?.[1]
  if (!action) throw new Error('The sign-in page has no form')
  const submitted = await send(action.replaceAll('&amp;', '&'), 'POST', {
    prompt: 'login',
    login,
    password: 'sandbox',
  })
  const callback = new URL(redirect(await send(redirect(submitted))))
  const code = callback.searchParams.get('code')
  if (!code) throw new Error(`Sign-in ended without a code: ${callback.search}`)
  const exchanged = await send('/oidc/token', 'POST', {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: CLIENT_ID,
    code_verifier: verifier,
  })
  if (exchanged.status !== 200)
    throw new Error(`The token endpoint answered ${exchanged.status}: ${exchanged.text}`)
  return tokens.parse(JSON.parse(exchanged.text))
}

function exchange(
  url: URL,
  agent: Agent,
  method: string,
  cookies: ReadonlyMap<string, string>,
  form: Record<string, string> | undefined,
): Promise<Answer> {
  const body = form ? new URLSearchParams(form).toString() : undefined
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent,
        headers: {
          Cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(body === undefined
            ? {}
            : {
                'Content-Type': 'application/x-www-form-urlencoded',
                'Content-Length': Buffer.byteLength(body),
              }),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            cookies: res.headers['set-cookie'] ?? [],
            text: Buffer.concat(chunks).toString('utf8'),
          })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}
