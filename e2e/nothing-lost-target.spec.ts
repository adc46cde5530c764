import { randomUUID } from 'node:crypto'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { parsed } from './support/composer.ts'
import { expect, sessionBody, test } from './support/send-app.ts'

test('Open from Sessions on target asks before replacing a draft with content; nothing changes without consent', async ({
  app,
  page,
}) => {
  await app.signIn()
  const sessionId = randomUUID()
  const sent = sessionBody(sessionId)
  await app.compose(sent)
  await app.sendButton().click()
  await expect(app.response()).toContainText('201 Created')

  const mine = '{"id": "my work in progress"}'
  await app.composer.pasteBody(mine)
  const stored = await app.storedSession(sessionId)
  await stored.getByRole('button', { name: 'Open' }).click()
  const ask = page.getByRole('dialog', { name: 'Open the stored session' })
  await expect(ask).toContainText('Replace the current body with session')
  await expect(ask.getByRole('button', { name: 'Replace the body' })).toBeVisible()
  await expect(ask.getByRole('button', { name: 'Open as a new draft' })).toBeVisible()
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(ask).toBeHidden()
  const sessions = await app.sessions()
  await expect(sessions.getByRole('status')).not.toContainText('Opened session')
  expect(await app.composer.bodyText()).toBe(mine)

  // Consent given: replaced, and Undo brings the draft's own body back.
  await (await app.storedSession(sessionId)).getByRole('button', { name: 'Open' }).click()
  await ask.getByRole('button', { name: 'Replace the body' }).click()
  await expect(ask).toBeHidden()
  await expect
    .poll(async () => stringifyJson(parsed(await app.composer.bodyText())))
    .toBe(stringifyJson(parsed(sent)))
  await page
    .getByRole('group', { name: 'History' })
    .getByRole('button', { name: 'Undo', exact: true })
    .click()
  await expect.poll(() => app.composer.bodyText()).toBe(mine)
})

test('closing the sign-in window ends the wait: the header says the sign-in was cancelled', async ({
  page,
  app,
}) => {
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled()
  const popupOpened = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  const popup = await popupOpened
  await expect(page.getByRole('button', { name: 'Cancel sign-in' })).toBeVisible()
  await popup.locator('input[name="login"]').waitFor()
  await popup.close()

  const header = page.getByRole('banner')
  await expect(header.getByRole('alert')).toContainText(/Sign-in was cancelled/)
  await expect(header.getByRole('button', { name: 'Cancel sign-in' })).toHaveCount(0)
  await expect(header.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled()
  await expect(header.getByRole('group', { name: 'Account' })).toContainText('Not signed in')
  // And a new attempt works.
  await app.signIn()
})
