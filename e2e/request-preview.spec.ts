import { expect, test, type Page } from '@playwright/test'

const SENTENCE_SET = 'New-MgBetaCommunicationCallRecordSession_Create'

/** Picks a parameter set, the call record id and (in a BodyParameter set) the JSON text. */
async function compose(page: Page, options: { set: string; id: string; body?: string }) {
  await page.goto('/')
  await page.getByRole('radio', { name: options.set, exact: true }).check()
  await page.getByRole('textbox', { name: 'CallRecordId', exact: true }).fill(options.id)
  if (options.body !== undefined) {
    const editor = page.getByRole('textbox', { name: 'BodyParameter' })
    await editor.click()
    await editor.fill(options.body)
    // Leaving the editor puts its text into the draft at once (it also does so when typing pauses).
    await page.getByRole('textbox', { name: 'CallRecordId', exact: true }).focus()
  }
}

test('the preview shows the URL-encoded id, the redacted headers and the exact UTF-8 size', async ({
  page,
}) => {
  const body = '{"id":"s-1","modalities":["audio"],"linkSpeed":9007199254740993,"name":"Zoë 😀"}'
  await compose(page, { set: 'Create', id: 'call record/1', body })
  const origin = new URL(page.url()).origin
  const preview = page.getByRole('region', { name: 'Request preview' })

  await expect(preview).toContainText(`${origin}/beta/communications/callRecords/call%20record%2F1/sessions`)
  await expect(preview.getByRole('listitem').filter({ hasText: 'Authorization:' })).toHaveText(
    'Authorization: Bearer <redacted>',
  )
  await expect(preview.getByRole('listitem').filter({ hasText: 'client-request-id:' })).toHaveText(
    /^client-request-id: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  )
  const bytes = Buffer.byteLength(body, 'utf8')
  await expect(preview).toContainText(`${bytes.toLocaleString('en-US')} bytes of 4,194,304 (0.00%)`)
  await expect(preview.getByRole('region', { name: 'Request body' })).toContainText(
    '"linkSpeed": 9007199254740993',
  )
})

test('What if shows the cmdlet’s sentence and the request, and sends nothing', async ({ page }) => {
  await compose(page, { set: 'Create', id: 'call record/1', body: '{"id":"s-1"}' })
  const sent: string[] = []
  page.on('request', (request) => {
    if (request.method() !== 'GET' || request.url().includes('/beta/'))
      sent.push(`${request.method()} ${request.url()}`)
  })

  await page.getByRole('button', { name: 'What if', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(
    `What if: Performing the operation "${SENTENCE_SET}" on target "Call remote 'POST /communications/callRecords/call%20record%2F1/sessions'".`,
  )
  await expect(dialog.getByRole('region', { name: 'What if request body' })).toContainText('"id": "s-1"')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  expect(sent).toEqual([])
})

test('each parameter set shows its own PowerShell shape', async ({ page }) => {
  await compose(page, {
    set: 'Create',
    id: "rec 'one'",
    body: '{"id":"s-1","modalities":["audio"],"isTest":true}',
  })
  const code = page.getByRole('region', { name: 'Code' })
  const powershell = code.getByRole('region', { name: 'PowerShell code' })

  await expect(powershell).toContainText("$params = @{    id = 's-1'")
  await expect(powershell).toContainText(
    "New-MgBetaCommunicationCallRecordSession -CallRecordId 'rec ''one''' -BodyParameter $params",
  )

  await page.getByRole('radio', { name: 'CreateExpanded', exact: true }).check()
  await expect(powershell).toContainText("-CallRecordId 'rec ''one''' `")
  await expect(powershell).toContainText("-Id 's-1' `")
  await expect(powershell).toContainText("-Modalities @('audio') `")
  await expect(powershell).toContainText('-IsTest')
  await expect(powershell).not.toContainText('-BodyParameter')

  await code.getByRole('checkbox', { name: 'Include -WhatIf' }).check()
  await expect(powershell).toContainText('-WhatIf')

  await page.getByRole('radio', { name: 'CreateViaIdentity', exact: true }).check()
  await expect(powershell).toContainText("$identity = @{    CallRecordId = 'rec ''one'''}")
  await expect(powershell).toContainText('-InputObject $identity -BodyParameter $params')

  await page.getByRole('radio', { name: 'CreateViaIdentityExpanded', exact: true }).check()
  await expect(powershell).toContainText('-InputObject $identity `')
  await expect(powershell).toContainText("-Id 's-1' `")
  await expect(powershell).not.toContainText('-BodyParameter')

  await code.getByRole('tab', { name: 'curl' }).click()
  await expect(code.getByRole('region', { name: 'curl code' })).toContainText(
    "/beta/communications/callRecords/rec%20'\\''one'\\''/sessions'",
  )
})
