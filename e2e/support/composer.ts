import { readFileSync } from 'node:fs'
import { expect, test as base, type Locator, type Page } from '@playwright/test'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'

export const graphDocsExample = readFileSync(
  new URL('../../src/features/templates/data/graph-docs-example.json', import.meta.url),
  'utf8',
)

export function parsed(text: string): JsonValue {
  const result = parseJson(text)
  if (!result.ok) throw result.error
  return result.value
}

/** The composer as a user drives it: parameter sets, the BodyParameter editor, the outline. */
export class Composer {
  constructor(readonly page: Page) {}

  parameterSet(
    name: 'CreateExpanded' | 'Create' | 'CreateViaIdentity' | 'CreateViaIdentityExpanded',
  ): Locator {
    return this.page
      .getByRole('radiogroup', { name: 'Parameter set' })
      .getByRole('radio', { name, exact: true })
  }

  bodyParameter(): Locator {
    return this.page.getByRole('textbox', { name: 'BodyParameter', exact: true })
  }

  /** Replaces the BodyParameter text in one insertion, as a paste does. */
  async pasteBody(text: string): Promise<void> {
    await this.parameterSet('Create').check()
    const editor = this.bodyParameter()
    await editor.focus()
    await this.page.keyboard.press('ControlOrMeta+a')
    await this.page.keyboard.insertText(text)
  }

  /** The BodyParameter text, read through the editor's own Copy button. */
  async bodyText(): Promise<string> {
    await this.page
      .getByRole('region', { name: 'BodyParameter JSON' })
      .getByRole('button', { name: /^Copy( \(real values\))?$/ })
      .click()
    await expect(this.page.getByRole('button', { name: 'Copied' })).toBeVisible()
    return this.page.evaluate(() => navigator.clipboard.readText())
  }

  outlineItem(name: RegExp | string): Locator {
    return this.page.getByRole('tree', { name: 'Outline' }).getByRole('treeitem', { name })
  }

  /** The clickable row of an outline item (an open branch's box also holds its children). */
  outlineRow(name: RegExp | string): Locator {
    return this.outlineItem(name).locator('.fui-TreeItemLayout').first()
  }

  /** Opens Segment s → Media m → Stream t (one-based, as the outline names them). */
  async open(...steps: [segment: number, media?: number, stream?: number]): Promise<void> {
    const [segment, media, stream] = steps
    const segmentItem = this.outlineItem(new RegExp(`^Segment ${segment}\\b`))
    await this.outlineRow(new RegExp(`^Segment ${segment}\\b`)).click()
    if (media === undefined) return
    const mediaItem = segmentItem.getByRole('treeitem', { name: new RegExp(`^Media ${media}\\b`) })
    await mediaItem.locator('.fui-TreeItemLayout').first().click()
    if (stream === undefined) return
    await mediaItem
      .getByRole('treeitem', { name: new RegExp(`^Stream ${stream}\\b`) })
      .locator('.fui-TreeItemLayout')
      .first()
      .click()
  }

  /** An empty draft offers four ways to a session first; this takes the fifth, the empty form. */
  async emptyForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'fill in the fields yourself' }).click()
    await expect(this.field('Id')).toBeVisible()
  }

  field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true })
  }
}

export const test = base.extend<{ composer: Composer }>({
  composer: async ({ page, context }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/')
    await use(new Composer(page))
  },
})

export { expect }
