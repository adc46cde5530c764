import type { Page } from '@playwright/test'
import { expect, graphDocsExample, test, type Composer } from './support/composer.ts'

async function expanded(composer: Composer): Promise<void> {
  await composer.page.getByRole('textbox', { name: 'CallRecordId' }).fill('rec-nothing-lost')
  await composer.pasteBody(graphDocsExample)
  await composer.parameterSet('CreateExpanded').check()
  await expect(composer.outlineItem(/^Segment 1\b/)).toBeVisible()
}

// Wide enough for the request preview and the code to have panes of their own.
test.use({ viewport: { width: 1440, height: 900 } })

const preview = (page: Page) => page.getByRole('region', { name: 'Request preview' })

/** The body Send would send, through the preview's own Copy button. */
async function previewBody(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await preview(page).getByRole('button', { name: 'Copy body', exact: true }).click()
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('')
  return page.evaluate(() => navigator.clipboard.readText())
}

test('Undo brings a removed segment back exactly (button and Ctrl+Z); Redo removes it again', async ({
  composer,
  page,
}) => {
  await expanded(composer)
  const history = page.getByRole('banner').getByRole('group', { name: 'History' })
  const before = await previewBody(page)
  expect(before).toContain('"streams": [')

  await composer.open(1)
  await page
    .getByRole('toolbar', { name: 'Segment 1 actions' })
    .getByRole('button', { name: 'Remove' })
    .click()
  await expect(composer.outlineItem(/^Segment 1\b/)).toHaveCount(0)
  const removed = await previewBody(page)
  expect(removed).not.toContain('"media"')
  expect(removed).toContain('"segments": []')
  expect(removed).not.toBe(before)

  await history.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(history.getByRole('status')).toHaveText(/^Undone: /)
  await expect(composer.outlineItem(/^Segment 1\b/)).toBeVisible()
  expect(await previewBody(page)).toBe(before)

  await history.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(history.getByRole('status')).toHaveText(/^Redone: /)
  await expect(composer.outlineItem(/^Segment 1\b/)).toHaveCount(0)
  expect(await previewBody(page)).toBe(removed)

  // The shortcuts, from the form (not the JSON editor, which keeps its own).
  await composer.field('Id').focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(composer.outlineItem(/^Segment 1\b/)).toBeVisible()
  expect(await previewBody(page)).toBe(before)
  await composer.field('Id').focus()
  await page.keyboard.press('ControlOrMeta+Shift+z')
  await expect(composer.outlineItem(/^Segment 1\b/)).toHaveCount(0)
  expect(await previewBody(page)).toBe(removed)
  await composer.field('Id').focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(composer.outlineItem(/^Segment 1\b/)).toBeVisible()
  await composer.field('Id').focus()
  await page.keyboard.press('ControlOrMeta+y')
  await expect(composer.outlineItem(/^Segment 1\b/)).toHaveCount(0)
  expect(await previewBody(page)).toBe(removed)
})

test('an additional property whose value is not JSON stays as typed, is an error, blocks Send and is not dropped silently', async ({
  composer,
  page,
}) => {
  await expanded(composer)
  const send = page.getByRole('button', { name: 'Send', exact: true })
  await expect(send).toBeEnabled()
  const extras = page.getByRole('group', { name: 'Additional properties of the session' })
  await extras.getByRole('button', { name: 'Add property' }).click()
  await extras.getByRole('textbox', { name: 'Property name' }).fill('x-lab')
  const value = extras.getByRole('textbox', { name: 'Value of x-lab (JSON)' })
  const typed = '{"run": 7, oops'
  await value.fill(typed)
  await page.keyboard.press('Tab')

  await expect(value).toHaveValue(typed)
  await expect(extras.getByText(/^Not JSON: .*Kept as typed; Send waits until it is JSON/)).toBeVisible()
  await expect(send).toBeDisabled()
  await expect(preview(page).getByRole('list', { name: 'Blockers' })).toContainText(
    '1 error in the body that Graph would reject',
  )
  await expect(page.getByRole('region', { name: 'Issues' })).toContainText('1 error')

  // Away and back: the text is still there as typed.
  await composer.open(1)
  await expect(extras).toHaveCount(0)
  await page
    .getByRole('navigation', { name: 'Where you are' })
    .getByRole('button', { name: /^Session/ })
    .click()
  await expect(value).toHaveValue(typed)
  await expect(send).toBeDisabled()

  await value.fill('{"run": 7}')
  await page.keyboard.press('Tab')
  await expect(send).toBeEnabled()
  await expect(preview(page).getByRole('list', { name: 'Blockers' })).toHaveCount(0)
  await expect.poll(() => previewBody(page)).toMatch(/"x-lab": \{\s*"run": 7\s*\}/)
})

test('while the BodyParameter JSON does not parse, the preview and the code say they show an older body', async ({
  composer,
  page,
}) => {
  await composer.pasteBody(graphDocsExample)
  const body = preview(page).getByRole('region', { name: 'Request body' })
  await expect(body).toContainText('"id": "e523d2ed-2966-4b6b-925b-754a88034cc5"')
  await expect(preview(page).getByRole('status').filter({ hasText: 'An older body' })).toHaveCount(0)

  await composer.pasteBody('{"id": "typing-in-progress",')
  const stale = preview(page).getByRole('status').filter({ hasText: 'An older body' })
  await expect(stale).toBeVisible()
  await expect(stale).toContainText('This is the last body the BodyParameter JSON parsed to')
  await expect(preview(page)).toContainText('Body (older)')
  await expect(body).toContainText('"id": "e523d2ed-2966-4b6b-925b-754a88034cc5"')
  await expect(body).not.toContainText('typing-in-progress')
  const code = page.getByRole('region', { name: 'Code', exact: true })
  await expect(code.getByRole('status').filter({ hasText: 'Code for an older body' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled()

  await composer.pasteBody('{"id": "typing-done"}')
  await expect(body).toContainText('"id": "typing-done"')
  await expect(stale).toHaveCount(0)
  await expect(preview(page)).not.toContainText('Body (older)')
})

test('presenter mode masks identifiers in the form fields; Copy beside masked text says and copies the real values', async ({
  composer,
  page,
}) => {
  await expanded(composer)
  const identity = page
    .getByRole('region', { name: 'Caller', exact: true })
    .getByRole('region', { name: 'AssociatedIdentity' })
  // A declared field, and an identifier that travels as an additional property.
  const id = identity.getByRole('textbox', { name: 'Caller AssociatedIdentity Id', exact: true })
  const upn = identity.getByRole('textbox', { name: 'Value of userPrincipalName (JSON)', exact: true })
  await expect(id).toHaveValue('821809f5-0000-0000-0000-3b5136c0e777')
  await expect(upn).toHaveValue('"abbie.wilkins@contoso.com"')
  await expect(upn).toBeEditable()

  await page.getByRole('switch', { name: 'Presenter mode' }).check()
  await expect(id).toHaveValue('••••••••-••••-••••-••••-••••••••e777')
  await expect(id).not.toBeEditable()
  await expect(upn).toHaveValue('"•••@contoso.com"')
  await expect(upn).not.toBeEditable()
  const body = preview(page).getByRole('region', { name: 'Request body' })
  await expect(body).not.toContainText('abbie.wilkins')

  await preview(page).getByRole('button', { name: 'Copy body (real values)', exact: true }).click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('"userPrincipalName": "abbie.wilkins@contoso.com"')
  expect(copied).toContain('"id": "821809f5-0000-0000-0000-3b5136c0e777"')
  expect(copied).not.toContain('•')

  const code = page.getByRole('region', { name: 'Code', exact: true })
  const shownCode = code.getByRole('region', { name: 'PowerShell code' })
  await expect(shownCode).toContainText("name = 'm••••")
  await expect(shownCode).not.toContainText('machineName_1')
  await page.evaluate(() => navigator.clipboard.writeText(''))
  await code.getByRole('button', { name: 'Copy PowerShell code (real values)', exact: true }).click()
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('abbie.wilkins@contoso.com')
  const copiedCode = await page.evaluate(() => navigator.clipboard.readText())
  expect(copiedCode).toContain("name = 'machineName_1'")
  expect(copiedCode).not.toContain('•')

  await page.getByRole('switch', { name: 'Presenter mode' }).uncheck()
  await expect(upn).toHaveValue('"abbie.wilkins@contoso.com"')
  await expect(upn).toBeEditable()
  await expect(id).toHaveValue('821809f5-0000-0000-0000-3b5136c0e777')
})
