import { expect, test } from './support/composer.ts'
import { workshopAction } from './support/workshop.ts'

// Typed and reloaded at once: no pause for the debounce, no blur; only the page-hide save can have kept it.
test('a refresh mid-edit restores the parameter set, the ids, the switches and the JSON text as typed', async ({
  page,
  composer,
}) => {
  await composer.parameterSet('CreateViaIdentity').check()
  await page.getByRole('textbox', { name: 'InputObject.CallRecordId' }).fill('rec/restore 1')
  await page.getByRole('switch', { name: 'Confirm' }).check()
  const typed = '{\n  "id": "s-1",\n  "linkSpeed": 9007199254740993,\n  "ratio": 0.10,\n  "x": '
  await composer.bodyParameter().focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(typed)

  await page.reload()

  await expect(composer.parameterSet('CreateViaIdentity')).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'InputObject.CallRecordId' })).toHaveValue('rec/restore 1')
  await expect(page.getByRole('switch', { name: 'Confirm' })).toBeChecked()
  expect(await composer.bodyText()).toBe(typed)
  await expect(page.getByRole('region', { name: 'BodyParameter JSON' })).toContainText(
    'Line 5, column 8: Unexpected end of text',
  )
})

test('a refresh restores an expanded body and the CallRecordId; Drafts lists the draft', async ({
  page,
  composer,
}) => {
  await page.getByRole('textbox', { name: 'CallRecordId' }).fill('rec-expanded-1')
  await composer.emptyForm()
  await composer.field('Id').fill('session-restored')
  await page.reload()

  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  await expect(page.getByRole('textbox', { name: 'CallRecordId' })).toHaveValue('rec-expanded-1')
  await expect(composer.field('Id')).toHaveValue('session-restored')
  const preview = page.getByRole('region', { name: 'Request preview' })
  await expect(preview.getByRole('region', { name: 'Request body' })).toContainText(
    '"id": "session-restored"',
  )

  await workshopAction(page, 'Drafts')
  const drafts = page.getByRole('dialog', { name: 'Drafts' })
  await expect(drafts.getByRole('list', { name: 'Saved drafts' }).getByRole('listitem')).toHaveCount(1)
  await expect(drafts).toContainText('CreateExpanded · rec-expanded-1')
  await expect(drafts).toContainText('editing')
})
