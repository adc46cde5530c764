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
  // The projector shows masked identifiers; the clipboard gets the real ones, and the button says so.
  await page
    .getByRole('region', { name: 'Request preview' })
    .getByRole('button', { name: 'Copy body (real values)' })
    .click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain('"userPrincipalName": "abbie.wilkins@contoso.com"')
  expect(copied).toContain('"tenantId": "dc368399-474c-4d40-900c-6265431fd81f"')
  expect(copied).not.toContain('•')
  // Larger text for the back row: the heading's 16 px become 20 px (125 %).
  const fontSize = await page
    .getByRole('heading', { name: 'Request preview' })
    .evaluate((h) => getComputedStyle(h).fontSize)
  expect(fontSize).toBe('20px')
  expect(await composer.bodyText()).toBe(BODY)

  await page.getByRole('switch', { name: 'Presenter mode' }).uncheck()
  await expect(preview).toContainText('"ipAddress": "10.150.0.2"')
})

for (const [width, height] of [
  [1024, 768],
  [800, 600],
] as const) {
  test(`on a ${width}×${height} projector with presenter mode on, every header tool stays reachable`, async ({
    page,
    composer,
  }) => {
    await page.setViewportSize({ width, height })
    await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
    await page.getByRole('switch', { name: 'Presenter mode' }).check()
    const header = page.getByRole('banner')
    for (const name of ['Templates', 'Settings', 'Theme', 'Sign in']) {
      await expect(header.getByRole('button', { name }), name).toBeInViewport()
    }
    const tools = header.getByRole('group', { name: 'Workshop tools' })
    const shown = await tools
      .getByRole('button', { name: /^(Generate|Bulk send|Drafts|Import|Export|Share link)$/ })
      .count()
    const more = tools.getByRole('button', { name: 'More' })
    await expect(more).toBeInViewport()
    await more.click()
    await expect(page.getByRole('menuitem')).toHaveCount(6 - shown)
    const box = await header.boundingBox()
    expect(box?.width).toBeLessThanOrEqual(width)
  })
}
