import { readFile } from 'node:fs/promises'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { expect, graphDocsExample, parsed, test } from './support/composer.ts'
import { importFile, workshopAction } from './support/workshop.ts'

const CONTEXT =
  "https://graph.microsoft.com/beta/$metadata#communications/callRecords('e523d2ed')/sessions(segments())"

/** The docs example as Graph returns it from GET: annotations around and inside, an Int64 beyond 2^53. */
const session = graphDocsExample.replace('"linkSpeed": 54000000', '"linkSpeed": 9007199254740993')
const response = session
  .replace(/^\{/, `{\n  "@odata.context": "${CONTEXT}/$entity",`)
  .replace('"segments": [', '"segments@odata.context": "x",\n  "segments": [')

test('imports a Graph GET response with the file picker, annotations dropped and nothing else changed', async ({
  page,
  composer,
}) => {
  await importFile(page, 'response.json', response)
  const body = page
    .getByRole('region', { name: 'Request preview' })
    .getByRole('region', { name: 'Request body' })
  // The preview shows the top of the body, where Graph put @odata.context.
  await expect(body).toContainText('"id": "e523d2ed-2966-4b6b-925b-754a88034cc5"')
  await expect(body).not.toContainText('@odata.context')

  await composer.parameterSet('Create').check()
  const imported = await composer.bodyText()
  expect(imported).toContain('"linkSpeed": 9007199254740993')
  expect(imported).not.toMatch(/@odata\.context|segments@/)
  expect(stringifyJson(parsed(imported))).toBe(stringifyJson(parsed(session)))
})

test('offers the sessions of a Graph list and imports the one picked', async ({ page, composer }) => {
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  const second = session.replace('"e523d2ed-2966-4b6b-925b-754a88034cc5"', '"second-session"')
  const list = `{"@odata.context": "${CONTEXT}", "value": [${session}, ${second}], "@odata.nextLink": "https://graph.microsoft.com/beta/next"}`
  await importFile(page, 'list.json', list)
  const dialog = page.getByRole('dialog', { name: 'Pick a session' })
  await dialog.getByRole('radio', { name: /^2\. second-session/ }).check()
  await dialog.getByRole('button', { name: 'Use this session' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('region', { name: 'Request body' })).toContainText('"id": "second-session"')
})

test('a bad file says where it is broken and changes nothing; the body exports as session.json', async ({
  page,
  composer,
}) => {
  await composer.emptyForm()
  await composer.field('Id').fill('kept')
  await importFile(page, 'broken.json', '{\n  "id": "x",\n  "modalities": [audio]\n}')
  const dialog = page.getByRole('dialog', { name: 'The file could not be imported' })
  await expect(dialog).toContainText(
    "broken.json is not valid JSON: Unexpected 'audio'; expected a JSON value at line 3, column 18.",
  )
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(composer.field('Id')).toHaveValue('kept')

  await workshopAction(page, 'Export')
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /Save session\.json/ }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('session.json')
  expect(await readFile(await file.path(), 'utf8')).toBe('{\n  "id": "kept"\n}\n')
})

test('a saved .draft.json opens again as a new draft; a file dropped on the page imports', async ({
  page,
  composer,
}) => {
  await page.getByRole('textbox', { name: 'CallRecordId' }).fill('rec-file')
  await composer.emptyForm()
  await composer.field('Id').fill('from-file')
  await workshopAction(page, 'Export')
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /Save draft/ }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toMatch(/^Draft-.*\.draft\.json$/)
  const text = await readFile(await saved.path(), 'utf8')
  expect(text).toContain('"format": "session-composer.draft"')

  await composer.field('Id').fill('changed since')
  await importFile(page, saved.suggestedFilename(), text)
  await expect(composer.field('Id')).toHaveValue('from-file')
  await expect(page.getByRole('textbox', { name: 'CallRecordId' })).toHaveValue('rec-file')

  // Dropped from the desktop: the page-wide drop target takes it (here a plain session, replacing the body).
  const dropped = await page.evaluateHandle(() => {
    const data = new DataTransfer()
    data.items.add(new File(['{"id":"dropped","isTest":true}'], 'dropped.json', { type: 'application/json' }))
    return data
  })
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dropped })
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dropped })
  await page.dispatchEvent('main', 'drop', { dataTransfer: dropped })
  const ask = page.getByRole('dialog', { name: 'Import the session' })
  await ask.getByRole('button', { name: 'Replace the body' }).click()
  await expect(composer.field('Id')).toHaveValue('dropped')
})
