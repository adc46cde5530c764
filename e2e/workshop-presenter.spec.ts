import { expect, test } from './support/composer.ts'

// The addresses first, so they are among the lines the (virtualised) preview and code show.
const BODY = `{
  "segments": [{ "media": [{ "callerNetwork": { "ipAddress": "10.150.0.2", "macAddress": "00-00-5E-00-53-AF" } }] }],
  "id": "s-1",
  "caller": {
    "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
    "associatedIdentity": { "userPrincipalName": "abbie.wilkins@contoso.com", "tenantId": "dc368399-474c-4d40-900c-6265431fd81f" }
  }
}`

test('presenter mode masks identifiers in the request preview and the PowerShell code, and sends the real ones', async ({
  page,
  composer,
}) => {
  await page.getByRole('textbox', { name: 'CallRecordId' }).fill('rec-presenter')
  await composer.pasteBody(BODY)
  const preview = page
    .getByRole('region', { name: 'Request preview' })
    .getByRole('region', { name: 'Request body' })
  const powershell = page
    .getByRole('region', { name: 'Code' })
    .getByRole('region', { name: 'PowerShell code' })
  await expect(preview).toContainText('"ipAddress": "10.150.0.2"')

  await page.getByRole('switch', { name: 'Presenter mode' }).check()

  for (const shown of [preview, powershell]) {
    await expect(shown).toContainText('10.•.•.2')
    await expect(shown).toContainText('00-••-••-••-••-AF')
    await expect(shown).not.toContainText('10.150.0.2')
  }
  await page
    .getByRole('region', { name: 'Request preview' })
    .getByRole('button', { name: 'Copy body' })
    .click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('"userPrincipalName": "•••@contoso.com"')
  expect(copied).toContain('"tenantId": "••••••••-••••-••••-••••-••••••••d81f"')
  expect(copied).not.toMatch(/abbie|dc368399|10\.150/)
  // Larger text for the back row: the heading's 16 px become 20 px (125 %).
  const fontSize = await page
    .getByRole('heading', { name: 'Request preview' })
    .evaluate((h) => getComputedStyle(h).fontSize)
  expect(fontSize).toBe('20px')
  expect(await composer.bodyText()).toBe(BODY)

  await page.getByRole('switch', { name: 'Presenter mode' }).uncheck()
  await expect(preview).toContainText('"ipAddress": "10.150.0.2"')
})
