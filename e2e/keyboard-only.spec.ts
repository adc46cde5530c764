import { randomUUID } from 'node:crypto'
import { expect, test, type Locator, type Page } from '@playwright/test'

/**
 * The whole job by keyboard alone: no click, no programmatic focus. Tab / Shift+Tab move, arrows move inside
 * composite widgets (radio groups, the outline), Enter and Space act. Build a session with one segment,
 * media and stream, switch parameter sets, open and close What if, send (signing in through the popup).
 */

/**
 * Presses Tab (or Shift+Tab) until `target` has focus; fails if it takes more than `max` presses. The target is
 * found once and then only asked whether it has the focus: finding an element by role and name on every press
 * is what made this test slow on a busy machine.
 */
// Hundreds of key presses, each waiting for the page: 22–25 s on a quiet 2-core machine, up to 72 s beside another
// CI run and a build loop; 240 s keeps it over 3× away (see docs/testing.md).
test.describe.configure({ timeout: 240_000 })

async function tabTo(page: Page, target: Locator, { back = false, max = 150 } = {}): Promise<number> {
  return pressTabUntil(page, target, 'is', { back, max })
}

/** Presses Tab (or Shift+Tab) until focus is inside `container` (a composite widget's one tab stop). */
async function tabInto(page: Page, container: Locator, { back = false, max = 150 } = {}): Promise<void> {
  await pressTabUntil(page, container, 'contains', { back, max })
}

async function pressTabUntil(
  page: Page,
  target: Locator,
  focus: 'is' | 'contains',
  { back, max }: { back: boolean; max: number },
): Promise<number> {
  let handle = await target.elementHandle()
  let presses = 0
  for (let lookups = 0; presses <= max && lookups <= max; lookups++) {
    const state = await handle.evaluate((element, how) => {
      if (!element.isConnected) return null
      return how === 'is' ? element === document.activeElement : element.contains(document.activeElement)
    }, focus)
    if (state === true) return presses
    if (state === null) {
      // React replaced the element (a re-render keyed anew): find it again, without pressing.
      await handle.dispose()
      handle = await target.elementHandle()
      continue
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    presses++
  }
  throw new Error(`${String(target)} not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`)
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

/** Follows the open pane's "Skip to …" link: the focus lands on the child list's heading. */
async function skipToChildList(page: Page, list: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: `Skip to ${list}` }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: new RegExp(`^${list} \\(\\d+\\)$`) })).toBeFocused()
}

test('build a session and switch parameter sets with the keyboard alone', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('group', { name: 'Workshop tools' })).toBeVisible()
  const fields = (name: string) => page.getByRole('region', { name: `${name} fields` })

  // An empty draft offers its ways to a session first; the keyboard takes the empty form.
  await tabTo(page, page.getByRole('button', { name: 'fill in the fields yourself' }))
  await page.keyboard.press('Enter')
  // The session's window, then one segment, one media, one stream, each added from its parent's pane.
  await typeInto(
    page,
    fields('Session').getByRole('textbox', { name: 'StartDateTime', exact: true }),
    '2025-03-04T10:00:00Z',
  )
  await typeInto(
    page,
    fields('Session').getByRole('textbox', { name: 'EndDateTime', exact: true }),
    '2025-03-04T10:30:00Z',
  )
  await tabTo(page, page.getByRole('button', { name: 'Add segment' }))
  await page.keyboard.press('Enter')
  // The new node's pane takes the focus the Add button had: it is not dropped on the page.
  await expect(fields('Segment 1')).toBeFocused()
  // A pane's skip link jumps over its fields to the child list, as a keyboard user would.
  await skipToChildList(page, 'Media')
  await tabTo(page, page.getByRole('button', { name: 'Add media' }))
  await page.keyboard.press('Enter')
  await expect(fields('Media 1')).toBeFocused()
  await skipToChildList(page, 'Streams')
  await tabTo(page, page.getByRole('button', { name: 'Add stream' }))
  await page.keyboard.press('Space')
  await expect(fields('Stream 1')).toBeFocused()
  await typeInto(
    page,
    fields('Stream 1').getByRole('textbox', { name: 'AveragePacketLossRate', exact: true }),
    '0.02',
  )

  // The outline is one tab stop; arrows walk it: End reaches the stream, Up its media, Enter opens that.
  const outline = page.getByRole('tree', { name: 'Outline' })
  await expect(outline.getByRole('treeitem', { name: /^Stream 1\b/ })).toBeVisible()
  await tabInto(page, outline, { back: true })
  await page.keyboard.press('End')
  await expect(outline.getByRole('treeitem', { name: /^Stream 1\b/ })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(outline.getByRole('treeitem', { name: /^Media 1\b/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(fields('Media 1')).toBeVisible()

  // BodyParameter and back: the radio group moves with arrows; what was typed is in the JSON.
  const create = page.getByRole('radio', { name: 'Create', exact: true })
  const expanded = page.getByRole('radio', { name: 'CreateExpanded', exact: true })
  await tabTo(page, expanded, { back: true })
  await page.keyboard.press('ArrowRight')
  await expect(create).toBeChecked()
  const editor = page.getByRole('textbox', { name: 'BodyParameter', exact: true })
  await expect(editor).toContainText('"averagePacketLossRate": 0.02')
  await page.keyboard.press('ArrowLeft')
  await expect(expanded).toBeChecked()
  await expect(outline.getByRole('treeitem', { name: /^Segment 1\b/ })).toBeVisible()
})

test('a template, What if and send with the keyboard alone', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('group', { name: 'Workshop tools' })).toBeVisible()

  // The Templates menu opens with Enter and its items are walked with the arrows.
  await tabTo(page, page.getByRole('button', { name: 'Templates' }))
  await page.keyboard.press('Enter')
  const template = page.getByRole('menuitem', { name: 'Teams 1:1 audio call' })
  for (
    let presses = 0;
    presses < 10 && !(await template.evaluate((item) => item === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('ArrowDown')
  }
  await expect(template).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('tree', { name: 'Outline' }).getByRole('treeitem', { name: /^Segment 1\b/ }),
  ).toBeVisible()

  // A CallRecordId, then What if: it opens from the keyboard, says what would happen, and Escape closes it.
  await typeInto(page, page.getByRole('textbox', { name: 'CallRecordId' }), `kbd-${randomUUID()}`)
  const whatIf = page.getByRole('button', { name: 'What if' })
  await tabTo(page, whatIf)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: '-WhatIf' })
  await expect(dialog).toContainText('What if: Performing the operation')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(whatIf).toBeFocused()

  // Send: nobody is signed in, so the sign-in popup comes first; its form takes the keyboard too.
  await tabTo(page, page.getByRole('button', { name: 'Send', exact: true }))
  const popupOpened = page.waitForEvent('popup')
  await page.keyboard.press('Enter')
  const popup = await popupOpened
  await expect(popup.locator('input[name="login"]')).toBeFocused()
  await popup.keyboard.press('Tab')
  await expect(popup.locator('input[name="password"]')).toBeFocused()
  await popup.keyboard.type('any password')
  await popup.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Response', exact: true })).toContainText('201 Created')
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible()
})
