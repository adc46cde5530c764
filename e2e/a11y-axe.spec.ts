import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { workshopAction } from './support/workshop.ts'

/**
 * axe-core at WCAG 2.1 AA on every view and state: the empty composer, a realistic session at each level of
 * the outline, JSON with a syntax error, validation errors, every dialog, in each theme. Zero violations.
 */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

type Theme = 'Light' | 'Dark' | 'High contrast'

interface State {
  name: string
  /** Brings the freshly loaded app into the state. */
  reach: (page: Page) => Promise<void>
  /** Also checked in the dark and high-contrast themes (the others in light only, to keep the suite short). */
  everyTheme?: boolean
}

async function ready(page: Page): Promise<void> {
  // The header's tools appear once the last draft has been restored.
  await expect(page.getByRole('group', { name: 'Workshop tools' })).toBeVisible()
}

async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  await page.getByRole('button', { name: 'Theme' }).click()
  await page.getByRole('menuitemradio', { name: theme }).click()
  await expect(page.getByRole('menu')).toBeHidden()
}

async function template(page: Page, name = 'Android ↔ Windows (Graph docs example)'): Promise<void> {
  await page.getByRole('button', { name: 'Templates' }).click()
  await page.getByRole('menuitem', { name }).click()
  await expect(page.getByRole('treeitem', { name: /^Segment 1\b/ })).toBeVisible()
}

async function openNode(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tree', { name: 'Outline' }).getByRole('treeitem', { name }).first().click()
}

async function atStream(page: Page): Promise<void> {
  await template(page)
  await openNode(page, /^Segment 1\b/)
  await openNode(page, /^Media 1\b/)
  await openNode(page, /^Stream 2\b/)
  await expect(page.getByRole('region', { name: 'Stream 2 fields' })).toBeVisible()
}

async function openSignInPage(page: Page): Promise<Page> {
  const popupOpened = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  const popup = await popupOpened
  await popup.locator('input[name="login"]').fill('admin@contoso.sandbox')
  return popup
}

/** Signs in through the app's popup (the sign-in page itself is checked by its own tests below). */
async function signIn(page: Page): Promise<void> {
  const popup = await openSignInPage(page)
  await popup.locator('input[name="password"]').fill('any password')
  const closed = popup.waitForEvent('close')
  await popup.getByRole('button', { name: 'Sign in', exact: true }).click()
  await closed
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible()
}

async function dialogOpen(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('dialog', { name }).or(page.getByRole('alertdialog', { name }))).toBeVisible()
}

const states: State[] = [
  { name: 'empty composer', reach: () => Promise.resolve(), everyTheme: true },
  { name: 'realistic session: session level', reach: (page) => template(page) },
  {
    name: 'realistic session: segment level',
    reach: async (page) => {
      await template(page)
      await openNode(page, /^Segment 1\b/)
      await expect(page.getByRole('region', { name: 'Segment 1 fields' })).toBeVisible()
    },
  },
  {
    name: 'realistic session: media level',
    reach: async (page) => {
      await template(page)
      await openNode(page, /^Segment 1\b/)
      await openNode(page, /^Media 1\b/)
      await expect(page.getByRole('region', { name: 'Media 1 fields' })).toBeVisible()
    },
  },
  { name: 'realistic session: stream level', reach: atStream, everyTheme: true },
  {
    name: 'validation errors and warnings shown',
    everyTheme: true,
    reach: async (page) => {
      await atStream(page)
      const stream = page.getByRole('region', { name: 'Stream 2 fields' })
      await stream.getByRole('textbox', { name: 'AveragePacketLossRate', exact: true }).fill('lots')
      await stream.getByRole('textbox', { name: 'MaxPacketLossRate', exact: true }).fill('1.5')
      await expect(page.getByLabel('Issues', { exact: true })).toContainText('error')
    },
  },
  {
    name: 'JSON mode with a syntax error',
    everyTheme: true,
    reach: async (page) => {
      await page.getByRole('radio', { name: 'Create', exact: true }).check()
      const editor = page.getByRole('textbox', { name: 'BodyParameter', exact: true })
      await editor.focus()
      await page.keyboard.press('ControlOrMeta+a')
      await page.keyboard.insertText('{\n  "id": "x",\n  "modalities": ["audio",]\n}')
      await page.getByRole('radio', { name: 'CreateExpanded', exact: true }).click()
      await expect(page.getByText(/Stayed in Create/)).toBeVisible()
    },
  },
  {
    name: 'CreateViaIdentityExpanded (InputObject) with its popover',
    reach: async (page) => {
      await page.getByRole('radio', { name: 'CreateViaIdentityExpanded', exact: true }).check()
      await page.getByRole('button', { name: /Other identity keys/ }).click()
      await expect(page.getByRole('textbox', { name: 'InputObject.AdhocCallId' })).toBeVisible()
    },
  },
  {
    name: 'menu: Templates open',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Templates' }).click()
      await expect(page.getByRole('menu')).toBeVisible()
    },
  },
  {
    name: 'menu: Export open',
    reach: async (page) => {
      await template(page)
      await workshopAction(page, 'Export')
      await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible()
    },
  },
  {
    name: 'presenter mode, a realistic session',
    everyTheme: true,
    reach: async (page) => {
      await template(page)
      await page.getByRole('switch', { name: 'Presenter mode' }).check()
      await expect(page.getByRole('region', { name: 'Request preview' })).toBeVisible()
    },
  },
  {
    name: 'code panel: curl and JavaScript tabs',
    reach: async (page) => {
      await template(page)
      const code = page.getByRole('region', { name: 'Code', exact: true })
      await code.getByRole('tab', { name: 'curl' }).click()
      await expect(code.getByRole('region', { name: 'curl code' })).toContainText('curl')
      await code.getByRole('tab', { name: 'JavaScript' }).click()
      await expect(code.getByRole('region', { name: 'JavaScript code' })).toContainText('fetch(')
    },
  },
  {
    name: 'signed in: a 201 response, then the sessions on the target',
    everyTheme: true,
    reach: async (page) => {
      await signIn(page)
      await page.getByRole('textbox', { name: 'CallRecordId' }).fill(`a11y-${crypto.randomUUID()}`)
      await template(page)
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await expect(page.getByRole('region', { name: 'Response', exact: true })).toContainText('201 Created')
      await page.getByRole('tab', { name: 'Sessions on target' }).click()
      await expect(
        page.getByRole('region', { name: 'Sessions on target', exact: true }).getByRole('listitem'),
      ).toHaveCount(1)
    },
  },
  {
    name: 'dialog: Settings',
    everyTheme: true,
    reach: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click()
      await dialogOpen(page, 'Settings')
      await expect(page.getByRole('dialog').getByRole('button').first()).toBeVisible()
    },
  },
  {
    name: 'dialog: What if',
    everyTheme: true,
    reach: async (page) => {
      await template(page)
      await page.getByRole('button', { name: 'What if' }).click()
      await dialogOpen(page, '-WhatIf')
    },
  },
  {
    name: 'dialog: Confirm before sending',
    reach: async (page) => {
      await template(page)
      await page.getByRole('textbox', { name: 'CallRecordId' }).fill('2f1a1100-b174-40a0-aba7-0b405e01ed92')
      await page.getByRole('switch', { name: 'Confirm' }).check()
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await dialogOpen(page, 'Confirm')
    },
  },
  {
    name: 'dialog: Templates, replace the body',
    reach: async (page) => {
      await template(page)
      await page.getByRole('button', { name: 'Templates' }).click()
      await page.getByRole('menuitem', { name: 'Poor Wi-Fi call' }).click()
      await dialogOpen(page, /Replace the body/)
    },
  },
  {
    name: 'dialog: Generate',
    reach: async (page) => {
      await workshopAction(page, 'Generate')
      await dialogOpen(page, /Generate/)
    },
  },
  {
    name: 'dialog: Bulk send',
    reach: async (page) => {
      await workshopAction(page, 'Bulk send')
      await dialogOpen(page, /Bulk send/)
    },
  },
  {
    name: 'dialog: Drafts',
    reach: async (page) => {
      await workshopAction(page, 'Drafts')
      await dialogOpen(page, /Drafts/)
    },
  },
  {
    name: 'dialog: Share link',
    reach: async (page) => {
      await template(page)
      await workshopAction(page, 'Share link')
      await dialogOpen(page, /Share/)
    },
  },
  {
    name: 'dialog: a file that cannot be imported',
    reach: async (page) => {
      const chooser = page.waitForEvent('filechooser')
      await workshopAction(page, 'Import')
      await (
        await chooser
      ).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') })
      await dialogOpen(page, 'The file could not be imported')
    },
  },
]

const themes: Theme[] = ['Light', 'Dark', 'High contrast']

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    for (const state of states.filter((s) => theme === 'Light' || s.everyTheme)) {
      test(`no WCAG 2.1 AA violations: ${state.name}`, async ({ page }) => {
        await page.goto('/')
        await ready(page)
        await chooseTheme(page, theme)
        await state.reach(page)
        // Fluent's dialog and popover surfaces animate in; check them once they have settled.
        await page.waitForFunction(() =>
          document
            .getAnimations()
            .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
        )
        const results = await new AxeBuilder({ page })
          .withTags(WCAG_21_AA)
          // Tabster's focus "bumpers" (empty <i>, aria-hidden, focusable on purpose: they hand focus on at once)
          // are a documented false positive of aria-hidden-focus: microsoft/tabster#288, fluentui#27056.
          .exclude('[data-tabster-dummy]')
          .analyze()
        const violations = results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
        }))
        expect(violations).toEqual([])
      })
    }
  })
}

// The sign-in server's page follows the system's colours (prefers-color-scheme), not the app's theme menu:
// checked once in each, rather than once per app theme.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`system colours: ${colorScheme}`, () => {
    test.use({ colorScheme })
    test('no WCAG 2.1 AA violations: the sign-in page', async ({ page }) => {
      await page.goto('/')
      await ready(page)
      const popup = await openSignInPage(page)
      const results = await new AxeBuilder({ page: popup }).withTags(WCAG_21_AA).analyze()
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  })
}
