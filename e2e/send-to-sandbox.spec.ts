import { randomUUID } from 'node:crypto'
import type { Request } from '@playwright/test'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { parsed } from './support/composer.ts'
import { DEMO_LOGIN, expect, sessionBody, test } from './support/send-app.ts'

// Fault mode is scoped to each test's own CallRecordId, so other tests running in parallel are never hit.

test('signs in through the popup, sends once, shows 201 and lists the record; no token anywhere', async ({
  app,
  page,
}) => {
  await app.signIn()
  await expect(page.getByRole('group', { name: 'Signed-in account' })).toContainText(DEMO_LOGIN)
  const sessionId = randomUUID()
  const callRecordId = await app.compose(sessionBody(sessionId))
  const preview = page.getByRole('region', { name: 'Request preview', exact: true })
  await expect(preview).toContainText(`/beta/communications/callRecords/${callRecordId}/sessions`)
  const headers = (await preview.getByRole('list', { name: 'Request headers' }).textContent()) ?? ''
  const clientRequestId = /client-request-id:\s*([0-9a-f-]{36})/.exec(headers)?.[1]
  expect(clientRequestId).toBeDefined()
  const posts: Request[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/beta/')) posts.push(request)
  })

  await app.sendButton().click()
  const response = app.response()
  await expect(response).toContainText('201 Created')
  const details = response.getByRole('group', { name: 'Response details' })
  await expect(details).toContainText(`client-request-id${clientRequestId}`)
  await expect(details).toContainText(/request-id[0-9a-f]{8}-[0-9a-f]{4}-/)
  await expect(details).toContainText('sent1 attempt, 0 retries (at most 3)')
  await expect(response.getByRole('region', { name: 'Response body' })).toContainText(`"id": "${sessionId}"`)
  await expect(await app.storedSession(sessionId)).toHaveCount(1)
  expect(posts).toHaveLength(1)
  expect(posts[0]?.headers()['client-request-id']).toBe(clientRequestId)

  const tokens = [...app.bearerTokens]
  expect(tokens.length).toBeGreaterThan(0)
  expect(tokens[0]).toMatch(/^eyJ/)
  const places: [string, string][] = [
    ['localStorage', await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))],
    ['the request preview', await preview.innerText()],
    ['the console', app.consoleLines.join('\n')],
    ['the page', await page.locator('body').innerText()],
  ]
  const code = page.getByRole('region', { name: 'Code', exact: true })
  for (const tab of await code.getByRole('tab').all()) {
    await tab.click()
    places.push([`the ${await tab.innerText()} snippet`, await code.innerText()])
  }
  expect(places.length).toBeGreaterThanOrEqual(7)
  for (const [where, text] of places) {
    expect(text, where).not.toContain('eyJ')
    for (const token of tokens) expect(text, where).not.toContain(token)
  }
  expect(await preview.innerText()).toContain('Authorization: Bearer <redacted>')
  // The production build and the sign-in pages run under their Content-Security-Policy without a violation.
  const documents = app.documents.filter(
    (document) => new URL(document.url).origin === new URL(page.url()).origin,
  )
  expect(documents.map((document) => new URL(document.url).pathname)).toEqual(
    expect.arrayContaining(['/', expect.stringMatching(/^\/oidc\/interaction\//), '/redirect.html']),
  )
  for (const { url, policy } of documents) {
    expect(policy, url).toMatch(/(^|; )frame-ancestors '(none|self)'/)
    expect(policy, url).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
  }
  expect(app.consoleProblems, 'console errors and warnings (CSP violations among them) on the way').toEqual(
    [],
  )
})

test('Send signs in first when nobody is signed in, then sends', async ({ app, page }) => {
  const sessionId = randomUUID()
  await app.compose(sessionBody(sessionId))
  const popupOpened = page.waitForEvent('popup')
  await app.sendButton().click()
  const popup = await popupOpened
  await popup.locator('input[name="login"]').fill(DEMO_LOGIN)
  await popup.locator('input[name="password"]').fill('any password')
  await popup.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(app.response()).toContainText('201 Created')
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible()
  await expect(await app.storedSession(sessionId)).toHaveCount(1)
})

test('a 429 with Retry-After (fault mode) is retried and succeeds, creating one record', async ({
  app,
  page,
}) => {
  await app.signIn()
  const sessionId = randomUUID()
  const callRecordId = await app.compose(sessionBody(sessionId))

  await page.getByRole('button', { name: 'Settings', exact: true }).click()
  const settings = page.getByRole('dialog', { name: 'Settings' })
  await settings.getByLabel('Answer').selectOption('429')
  await settings.getByLabel('Next requests').fill('1')
  await settings.getByLabel('Retry-After (s)').fill('1')
  await settings.getByLabel('Only for CallRecordId').fill(callRecordId)
  await settings.getByRole('button', { name: 'Start simulating' }).click()
  await expect(settings.getByRole('status')).toHaveText(
    `On: the next 1 request under CallRecordId ${callRecordId} answers 429 Too Many Requests with Retry-After 1 s.`,
  )
  await settings.getByRole('button', { name: 'Cancel' }).click()
  await expect(settings).toBeHidden()

  await app.sendButton().click()
  const response = app.response()
  await expect(response).toContainText('201 Created')
  await expect(response.getByRole('list', { name: 'Attempts' })).toContainText(
    'Attempt 1: 429 Too Many Requests — waited 1 s (Retry-After: 1), then retried',
  )
  await expect(response.getByRole('group', { name: 'Response details' })).toContainText(
    'sent2 attempts, 1 retry (at most 3)',
  )
  const sessions = await app.sessions()
  await expect(sessions.getByRole('listitem')).toHaveCount(1)
  await expect(sessions.getByRole('listitem')).toContainText(sessionId)
})

test('repeated 503s end in a clear failure after 3 retries, and nothing is stored', async ({ app }) => {
  await app.signIn()
  const callRecordId = await app.compose(sessionBody(randomUUID()))
  await app.setFaults({ status: 503, count: 5, retryAfter: 1, callRecordId })
  try {
    await app.sendButton().click()
    // One click, one send: the button stays disabled until the last retry has answered.
    await expect(app.sendButton()).toBeDisabled()
    const response = app.response()
    await expect(response).toContainText('503 Service Unavailable', { timeout: 20_000 })
    await expect(response).toContainText('Gave up after 3 retries')
    await expect(response.getByRole('list', { name: 'Attempts' }).getByRole('listitem')).toHaveCount(4)
    await expect(app.sendButton()).toBeEnabled()
  } finally {
    await app.setFaults(null, callRecordId)
  }
  const sessions = await app.sessions()
  await expect(sessions).toContainText('No sessions stored under this call record.')
  await expect(sessions.getByRole('listitem')).toHaveCount(0)
})

test('Open loads a stored session back into the form, exactly, without its response annotations', async ({
  app,
}) => {
  await app.signIn()
  const sessionId = randomUUID()
  const sent = sessionBody(sessionId)
  await app.compose(sent)
  await app.sendButton().click()
  await expect(app.response()).toContainText('201 Created')

  await app.composer.pasteBody('{"id": "something else"}')
  const stored = await app.storedSession(sessionId)
  await stored.getByRole('button', { name: 'Open' }).click()
  // The draft has a body of its own: replacing it is asked first (Undo would bring it back).
  const ask = app.page.getByRole('dialog', { name: 'Open the stored session' })
  await expect(ask).toContainText('Undo brings the current one back')
  await ask.getByRole('button', { name: 'Replace the body' }).click()
  await expect(ask).toBeHidden()
  const opened = await app.composer.bodyText()
  expect(opened).not.toContain('@odata.context')
  expect(opened).toContain('"linkSpeed": 9007199254740993')
  expect(stringifyJson(parsed(opened))).toBe(stringifyJson(parsed(sent)))
})

test('with -Confirm on, Send asks first; Delete asks, then removes the record', async ({ app, page }) => {
  await app.signIn()
  const sessionId = randomUUID()
  const callRecordId = await app.compose(sessionBody(sessionId))
  await page.getByRole('switch', { name: 'Confirm' }).check()

  await app.sendButton().click()
  const confirm = page.getByRole('alertdialog', { name: 'Confirm' })
  await expect(confirm).toContainText('Are you sure you want to perform this action?')
  await expect(confirm).toContainText(
    `Performing the operation "New-MgBetaCommunicationCallRecordSession_Create" on target "Call remote 'POST /communications/callRecords/${callRecordId}/sessions'".`,
  )
  await confirm.getByRole('button', { name: 'No' }).click()
  await expect(confirm).toBeHidden()
  await expect(app.response()).toContainText('Nothing sent yet.')

  await app.sendButton().click()
  await confirm.getByRole('button', { name: 'Yes' }).click()
  await expect(app.response()).toContainText('201 Created')

  const stored = await app.storedSession(sessionId)
  await stored.getByRole('button', { name: 'Delete' }).click()
  const ask = page.getByRole('alertdialog', { name: 'Delete session?' })
  await expect(ask).toContainText(sessionId)
  await ask.getByRole('button', { name: 'Delete' }).click()
  const sessions = await app.sessions()
  await expect(sessions.getByRole('status')).toHaveText(`Deleted session ${sessionId}.`)
  await expect(sessions.getByRole('listitem')).toHaveCount(0)
  await expect(sessions).toContainText('No sessions stored under this call record.')
})
