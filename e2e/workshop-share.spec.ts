import { expect, test } from './support/composer.ts'
import { workshopAction } from './support/workshop.ts'

test('a share link opened in another browser gives the same draft, as a new named draft', async ({
  page,
  composer,
  browser,
}) => {
  await page.getByRole('button', { name: 'Templates' }).click()
  await page.getByRole('menuitem', { name: /Poor Wi-Fi call/ }).click()
  await composer.parameterSet('CreateViaIdentityExpanded').check()
  await page.getByRole('textbox', { name: 'InputObject.CallRecordId' }).fill('rec shared/1')
  await page.getByRole('switch', { name: 'Confirm' }).check()
  await page
    .getByRole('region', { name: 'Request preview' })
    .getByRole('button', { name: 'Copy body' })
    .click()
  const body = await page.evaluate(() => navigator.clipboard.readText())
  expect(body).toContain('"@odata.type": "#microsoft.graph.callRecords.participantEndpoint"')

  await workshopAction(page, 'Share link')
  const dialog = page.getByRole('dialog', { name: 'Share link' })
  const field = dialog.getByRole('textbox', { name: /^Link \([\d,]+ characters\)$/ })
  await expect(field).toHaveValue(/#draft=[A-Za-z0-9_-]+$/)
  const link = await field.inputValue()
  expect(new URL(link).origin).toBe(new URL(page.url()).origin)

  const elsewhere = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 720 },
  })
  await elsewhere.grantPermissions(['clipboard-read', 'clipboard-write'])
  const other = await elsewhere.newPage()
  await other.goto(link)
  await expect(other.getByRole('radio', { name: 'CreateViaIdentityExpanded', exact: true })).toBeChecked()
  await expect(other.getByRole('textbox', { name: 'InputObject.CallRecordId' })).toHaveValue('rec shared/1')
  await expect(other.getByRole('switch', { name: 'Confirm' })).toBeChecked()
  await other
    .getByRole('region', { name: 'Request preview' })
    .getByRole('button', { name: 'Copy body' })
    .click()
  expect(await other.evaluate(() => navigator.clipboard.readText())).toBe(body)
  // The fragment is taken off the address, so a refresh does not open the link again.
  expect(new URL(other.url()).hash).toBe('')

  await workshopAction(other, 'Drafts')
  const drafts = other.getByRole('dialog', { name: 'Drafts' })
  const items = drafts.getByRole('list', { name: 'Saved drafts' }).getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.filter({ hasText: 'editing' })).toContainText('(shared')
  await elsewhere.close()
})
