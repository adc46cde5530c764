import { randomUUID } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { WebhookReceiver } from '../sandbox/testing/webhook-receiver.ts'
import { expect, sessionBody, test } from './support/send-app.ts'

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const receiver = new WebhookReceiver()
let hook = ''
test.beforeAll(async () => {
  hook = await receiver.start()
})
test.afterAll(() => receiver.close())

test('a sent session shows as the call record a consumer reads, and its webhook is notified', async ({
  app,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await app.signIn()
  const sessionId = randomUUID()
  const callRecordId = await app.compose(sessionBody(sessionId))
  await page.getByRole('tab', { name: 'Call record' }).click()
  const panel = page.getByRole('region', { name: 'Call record', exact: true })
  await expect(panel).toContainText('No call record yet')
  // That read carried the user's token: the test's webhook subscribes with it.
  const [token] = app.bearerTokens
  expect(token).toBeDefined()
  const subscribed = await page.request.post('/beta/subscriptions', {
    headers: { Authorization: `Bearer ${token ?? ''}` },
    data: {
      changeType: 'created,updated',
      notificationUrl: hook,
      resource: '/communications/callRecords',
      expirationDateTime: new Date(Date.now() + 3_600_000).toISOString(),
      clientState: 'e2e',
    },
  })
  expect(subscribed.status(), await subscribed.text()).toBe(201)

  await app.sendButton().click()
  await expect(app.response()).toContainText('201 Created')
  await page.getByRole('tab', { name: 'Call record' }).click()
  await expect(panel.getByRole('status').filter({ hasText: 'Version' })).toHaveText(
    'Version 1 · peerToPeer · 1 session · audio',
  )
  await expect(panel.getByTestId('call-record-url')).toHaveText(
    `GET https://localhost:${new URL(page.url()).port}/beta/communications/callRecords/${callRecordId}?$expand=sessions($expand=segments)`,
  )
  const json = panel.getByRole('region', { name: 'Call record JSON' })
  await expect(json).toContainText(`"id": "${callRecordId}"`)
  // Only the lines in view are in the page; the copy has the whole answer.
  await expect(json).toContainText('"organizer_v2@odata.context"')
  await panel.getByRole('button', { name: 'Copy call record JSON' }).click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(`"id": "${sessionId}"`)
  expect(copied).toContain('"linkSpeed": 9007199254740993')
  expect(copied).toContain('"organizer_v2": {')
  await panel.getByRole('tab', { name: 'Graph SDK' }).click()
  await expect(panel.getByLabel('Graph SDK snippet', { exact: true })).toContainText(
    `.api("/communications/callRecords/${callRecordId}")`,
  )

  const notified = await receiver.next((r) => r.body.includes(`"id":"${callRecordId}"`))
  expect(JSON.parse(notified.body)).toMatchObject({
    value: [
      { changeType: 'created', clientState: 'e2e', resource: `communications/callRecords/${callRecordId}` },
    ],
  })
  await page.screenshot({ path: testInfo.outputPath('call-record-1440.png') })
  const panelAxe = await new AxeBuilder({ page })
    .include('section[aria-label="Call record"]')
    // Fluent's focus-trap sentinels: a documented false positive (microsoft/tabster#288), as in a11y-axe.spec.
    .exclude('[data-tabster-dummy]')
    .withTags(WCAG_21_AA)
    .analyze()
  expect(panelAxe.violations).toEqual([])

  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  const subscriptions = dialog.getByRole('group', { name: 'Change notifications (subscriptions)' })
  await expect(subscriptions.getByRole('list', { name: 'Subscriptions' })).toContainText(hook)
  // Other tests send as the same user meanwhile, and their records notify this webhook too.
  await expect(
    subscriptions
      .getByRole('list', { name: 'Latest deliveries' })
      .getByRole('listitem')
      .filter({ hasText: callRecordId }),
  ).toContainText(`delivered created ${callRecordId} (version 1)`)
  await page.setViewportSize({ width: 1024, height: 768 })
  await subscriptions.scrollIntoViewIfNeeded()
  const dialogAxe = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .exclude('[data-tabster-dummy]')
    .withTags(WCAG_21_AA)
    .analyze()
  expect(dialogAxe.violations).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('subscriptions-1024.png') })
  await subscriptions.getByRole('button', { name: `Delete the subscription to ${hook}` }).click()
  await expect(subscriptions).toContainText('No subscriptions.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('tab', { name: 'Call record' }).click()
  await page.screenshot({ path: testInfo.outputPath('call-record-1024.png') })
  expect(app.consoleProblems).toEqual([])
})
