import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { expect, test } from './support/send-app.ts'
import { workshopAction } from './support/workshop.ts'

const page = z
  .object({ value: z.array(z.object({ id: z.string(), modalities: z.array(z.string()) }).loose()) })
  .loose()

test('bulk send of 20 generated sessions creates exactly 20 in the sandbox, each POST once', async ({
  app,
  page: tab,
}) => {
  await app.signIn()
  const callRecordId = `e2e-bulk-${randomUUID()}`
  await tab.getByRole('textbox', { name: 'CallRecordId' }).fill(callRecordId)
  const posts: string[] = []
  tab.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/beta/'))
      posts.push(request.headers()['client-request-id'] ?? '')
  })

  await workshopAction(tab, 'Bulk send')
  const dialog = tab.getByRole('dialog', { name: 'Bulk send' })
  await expect(dialog.getByRole('spinbutton', { name: 'Sessions' })).toHaveValue('20')
  await dialog.getByRole('spinbutton', { name: 'Parallel requests' }).fill('4')
  await dialog.getByRole('checkbox', { name: 'Screen sharing', exact: true }).check()
  const started = Date.now()
  await dialog.getByRole('button', { name: 'Send 20' }).click()

  const progress = dialog.getByRole('status').filter({ hasText: /^\d+\/20 · / })
  await expect(progress).toHaveText('20/20 · 20 created · 0 failed', { timeout: 60_000 })
  const elapsed = Date.now() - started
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '20/20')
  await expect(dialog.getByRole('region', { name: 'Bulk send summary' })).toContainText(
    /^20 created, 0 failed in [\d.]+ (ms|s)\./,
  )
  test.info().annotations.push({ type: 'bulk-send-20', description: `${elapsed} ms from click to 20/20` })

  expect(posts).toHaveLength(20)
  expect(new Set(posts).size).toBe(20)
  const token = [...app.bearerTokens].at(-1) ?? ''
  const listed = await tab.request.get(`/beta/communications/callRecords/${callRecordId}/sessions?$top=100`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  expect(listed.status()).toBe(200)
  const sessions = page.parse(await listed.json()).value
  expect(sessions).toHaveLength(20)
  expect(new Set(sessions.map((s) => s.id)).size).toBe(20)
  expect(new Set(sessions.map((s) => s.modalities.join(','))).size).toBeGreaterThan(0)

  await dialog.getByRole('button', { name: 'Close' }).click()
  const stored = await app.sessions()
  await expect(stored.getByRole('listitem')).toHaveCount(20)
})
