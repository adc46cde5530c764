import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'

const example = readFileSync(
  new URL('../src/features/templates/data/graph-docs-example.json', import.meta.url),
  'utf8',
)

async function openBodyParameter(page: Page): Promise<Locator> {
  await page.goto('/')
  await page.getByRole('radio', { name: 'Create', exact: true }).check()
  const editor = page.getByRole('textbox', { name: 'BodyParameter', exact: true })
  await expect(editor).toBeVisible()
  return editor
}

/** Replaces the whole content the way a paste does: one insertion, no auto-indent on the way. */
async function replaceAll(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(text)
}

/** The text of a short document (every line is rendered). */
async function shortText(editor: Locator): Promise<string> {
  return (await editor.locator('.cm-line').allTextContents()).join('\n')
}

/** The whole text, through the Copy button and the clipboard (needs clipboard permissions). */
async function copied(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible()
  const text = await page.evaluate(() => navigator.clipboard.readText())
  await expect(page.getByRole('button', { name: 'Copy', exact: true })).toBeVisible()
  return text
}

function statusOf(page: Page): Locator {
  return page.getByRole('region', { name: 'BodyParameter JSON' }).getByRole('status')
}

test('invalid JSON stays as typed with its line and column; fields are refused until it is fixed', async ({
  page,
}) => {
  const editor = await openBodyParameter(page)
  const broken = '{\n  "id": "x",\n  "modalities": ["audio",]\n}'
  await replaceAll(page, editor, broken)
  // No waiting for the debounce: switching right after typing must see what was typed.
  await page.getByRole('radio', { name: 'CreateExpanded', exact: true }).click()
  await expect(page.getByRole('radio', { name: 'Create', exact: true })).toBeChecked()
  await expect(page.getByText(/Stayed in Create: .*line 3, column 26/)).toBeVisible()
  await expect(statusOf(page)).toHaveText('Line 3, column 26: Trailing comma before ]')
  await expect(editor.locator('.cm-lintRange-error')).toHaveText(']')
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1)
  expect(await shortText(editor)).toBe(broken)

  await replaceAll(page, editor, '{"id": "x", "modalities": ["audio"], "linkSpeed": 9007199254740993}')
  await page.getByRole('radio', { name: 'CreateExpanded', exact: true }).click()
  await expect(page.getByRole('radio', { name: 'CreateExpanded', exact: true })).toBeChecked()
  await page.getByRole('radio', { name: 'Create', exact: true }).click()
  expect(await shortText(editor)).toBe(
    '{\n  "id": "x",\n  "modalities": [\n    "audio"\n  ],\n  "linkSpeed": 9007199254740993\n}',
  )
})

test('Format pretty-prints the pasted example as two-space JSON, Copy copies it, undo brings the paste back', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const editor = await openBodyParameter(page)
  const format = page.getByRole('button', { name: 'Format' })
  await replaceAll(page, editor, '{"id": ')
  await expect(format).toBeDisabled()
  await replaceAll(page, editor, example)
  await expect(format).toBeEnabled()
  await format.click()

  expect(await copied(page)).toBe(JSON.stringify(JSON.parse(example), null, 2))
  await editor.focus()
  await page.keyboard.press('ControlOrMeta+z')
  expect(await copied(page)).toBe(example)
})

test('a template replaces the text; undo in the editor brings back what was typed', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const template = readFileSync(
    new URL('../src/features/templates/data/teams-audio-1to1.json', import.meta.url),
    'utf8',
  )
  const editor = await openBodyParameter(page)
  await replaceAll(page, editor, '{"id": "mine", "isTest": true}')
  await page.getByRole('button', { name: 'Templates' }).click()
  await page.getByRole('menuitem', { name: /Teams 1:1 audio call/ }).click()
  await page.getByRole('button', { name: 'Replace' }).click()
  await expect(editor.locator('.cm-line').nth(1)).toHaveText(/^ {2}"id": /)
  expect(await copied(page)).toBe(JSON.stringify(JSON.parse(template), null, 2))
  await editor.focus()
  await page.keyboard.press('ControlOrMeta+z')
  expect(await shortText(editor)).toBe('{"id": "mine", "isTest": true}')
})

test('schema errors and warnings are marked at their values and listed in the lint panel', async ({
  page,
}) => {
  const editor = await openBodyParameter(page)
  const text = example
    .replace('"averageJitter": "PT0.007S"', '"averageJitter": "7 ms"')
    .replace('"maxPacketLossRate": 0.03738318', '"maxPacketLossRate": 1.5')
  await replaceAll(page, editor, text)
  await expect(statusOf(page)).toHaveText('1 error, 1 warning')
  await page.keyboard.press('ControlOrMeta+Shift+M')
  const problems = page.getByRole('listbox', { name: 'Diagnostics' }).getByRole('option')
  await expect(problems).toHaveText([
    /^segments\[0\]\.media\[0\]\.streams\[1\]\.averageJitter: .+/,
    /^segments\[0\]\.media\[0\]\.streams\[1\]\.maxPacketLossRate: .+/,
  ])
  await problems.first().click()
  await expect(editor.locator('.cm-lintRange-error')).toHaveText('"7 ms"')
  await expect(editor.locator('.cm-lintRange-warning')).toHaveText('1.5')
})

test('the keyboard gets in and out with Tab; Ctrl+] indents instead', async ({ page }) => {
  const editor = await openBodyParameter(page)
  await page.getByRole('button', { name: 'Copy', exact: true }).focus()
  await page.keyboard.press('Tab')
  await expect(editor).toBeFocused()
  await replaceAll(page, editor, '{\n"a": 1\n}')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ControlOrMeta+]')
  expect(await shortText(editor)).toBe('{\n  "a": 1\n}')
  await page.keyboard.press('Tab')
  await expect(editor).not.toBeFocused()
  expect(await shortText(editor)).toBe('{\n  "a": 1\n}')
  await page.keyboard.press('Shift+Tab')
  await expect(editor).toBeFocused()
})

for (const theme of ['Light', 'Dark', 'High contrast']) {
  test(`no accessibility violations in the ${theme} theme, with a syntax error shown`, async ({
    page,
  }, testInfo) => {
    const editor = await openBodyParameter(page)
    await page.getByRole('button', { name: 'Theme' }).click()
    await page.getByRole('menuitemradio', { name: theme }).click()
    await replaceAll(page, editor, example.replace('"isTest": false', '"isTest": fals'))
    await expect(statusOf(page)).toHaveText(/^Line 6, column 13: /)
    const region = page.getByRole('region', { name: 'BodyParameter JSON' })
    await testInfo.attach(`editor-${theme}`, { body: await region.screenshot(), contentType: 'image/png' })
    const results = await new AxeBuilder({ page })
      .include('section[aria-label="BodyParameter JSON"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([])
  })
}
