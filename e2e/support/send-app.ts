import { randomUUID } from 'node:crypto'
import { expect, test as base, type Locator, type Page } from '@playwright/test'
import { Composer, graphDocsExample } from './composer.ts'

export const DEMO_LOGIN = 'admin@contoso.sandbox'

/** The docs example as a new session: its own id, and an Int64 beyond 2^53 that must survive every trip. */
export function sessionBody(sessionId: string): string {
  const body = graphDocsExample
    .replace('"id": "e523d2ed-2966-4b6b-925b-754a88034cc5"', `"id": "${sessionId}"`)
    .replace('"linkSpeed": 54000000', '"linkSpeed": 9007199254740993')
  if (!body.includes(sessionId) || !body.includes('9007199254740993')) throw new Error('the example changed')
  return body
}

/** The app with the real sign-in server and sandbox: every console line and bearer token it produced. */
export class SendApp {
  readonly composer: Composer
  readonly consoleLines: string[] = []
  /** Errors and warnings from the app's page and the sign-in popup, and uncaught exceptions. */
  readonly consoleProblems: string[] = []
  readonly bearerTokens = new Set<string>()
  /** Every document the app and its sign-in popup loaded, with the Content-Security-Policy it came with. */
  readonly documents: { url: string; policy: string | undefined }[] = []

  constructor(readonly page: Page) {
    this.composer = new Composer(page)
    this.listen(page)
    page.on('request', (request) => {
      const authorization = request.headers().authorization
      if (authorization?.startsWith('Bearer ')) this.bearerTokens.add(authorization.slice('Bearer '.length))
    })
  }

  private listen(target: Page): void {
    target.on('console', (message) => {
      this.consoleLines.push(message.text())
      if (message.type() === 'error' || message.type() === 'warning') {
        this.consoleProblems.push(`${message.type()}: ${message.text()} (${message.location().url})`)
      }
    })
    target.on('pageerror', (error) => this.consoleProblems.push(`uncaught: ${error.message}`))
    target.on('response', (response) => {
      if (response.request().resourceType() !== 'document') return
      this.documents.push({ url: response.url(), policy: response.headers()['content-security-policy'] })
    })
  }

  /** Sign in through the app's popup and the sign-in server's login form (any password works). */
  async signIn(): Promise<void> {
    const popupOpened = this.page.waitForEvent('popup')
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click()
    const popup = await popupOpened
    this.listen(popup)
    await popup.locator('input[name="login"]').fill(DEMO_LOGIN)
    await popup.locator('input[name="password"]').fill('any password')
    const closed = popup.waitForEvent('close')
    await popup.getByRole('button', { name: 'Sign in', exact: true }).click()
    await closed
    await expect(this.page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible()
  }

  /** A BodyParameter session under a fresh CallRecordId (each test its own, so lists never mix). */
  async compose(body: string): Promise<string> {
    const callRecordId = `e2e-${randomUUID()}`
    await this.page.getByRole('textbox', { name: 'CallRecordId' }).fill(callRecordId)
    await this.composer.pasteBody(body)
    return callRecordId
  }

  sendButton(): Locator {
    return this.page.getByRole('button', { name: 'Send', exact: true })
  }

  response(): Locator {
    return this.page.getByRole('region', { name: 'Response', exact: true })
  }

  /** At the tests' 1280-wide viewport the stored sessions share a tab with the response. */
  async sessions(): Promise<Locator> {
    await this.page.getByRole('tab', { name: 'Sessions on target' }).click()
    return this.page.getByRole('region', { name: 'Sessions on target', exact: true })
  }

  /** The list item of one stored session. */
  async storedSession(sessionId: string): Promise<Locator> {
    const sessions = await this.sessions()
    return sessions.getByRole('listitem').filter({ hasText: sessionId })
  }

  /** Fault mode for one call record (or every request); null with a call record id clears only that one. */
  async setFaults(
    fault: { status: 429 | 503 | 504; count: number; retryAfter?: number; callRecordId?: string } | null,
    clearFor?: string,
  ): Promise<void> {
    const response = fault
      ? await this.page.request.post('/_sandbox/faults', { data: fault })
      : await this.page.request.delete('/_sandbox/faults', {
          params: clearFor ? { callRecordId: clearFor } : {},
        })
    expect(response.ok()).toBe(true)
  }
}

export const test = base.extend<{ app: SendApp }>({
  app: async ({ page, context }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    // Chromium logs a CSP violation to the console too; this names the directive and what it blocked.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        )
      })
    })
    const app = new SendApp(page)
    await page.goto('/')
    await use(app)
  },
})

export { expect }
