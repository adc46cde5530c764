import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from './default-settings.ts'
import { parseSettingsEnv } from './settings-env.ts'
import { SettingsFormDialog } from './settings-form.tsx'
import { SETTINGS_STORAGE_KEY } from './settings-storage.ts'
import { SettingsStore } from './settings-store.ts'

const defaults = defaultSettings(parseSettingsEnv({}), 'https://localhost:5443')

function memoryStorage() {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  }
}

function renderSettings() {
  const storage = memoryStorage()
  const store = new SettingsStore(defaults, storage)
  const onOpenChange = vi.fn<(open: boolean) => void>()
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={new QueryClient()}>
        <SettingsFormDialog store={store} open onOpenChange={onOpenChange} />
      </QueryClientProvider>
    </FluentProvider>,
  )
  const dialog = screen.getByRole('dialog', { name: 'Settings' })
  const save = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Save' })
  return { store, storage, onOpenChange, dialog, save }
}

beforeEach(() => {
  // The sandbox's fault mode asks the sandbox what is set; nothing is.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('{"active":false}', { status: 200 }))),
  )
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the Settings form', () => {
  it('names what the chosen target lacks, keeps Save off until it is there, then saves what was typed', async () => {
    const user = userEvent.setup()
    const { store, storage, onOpenChange, dialog, save } = renderSettings()
    await user.click(within(dialog).getByRole('radio', { name: 'Microsoft Graph (beta)' }))
    expect(await within(dialog).findByText('The application (client) id is required')).toBeTruthy()
    expect(save.disabled).toBe(true)

    await user.type(within(dialog).getByRole('textbox', { name: 'Client id' }), 'app-1')
    const scopes = within(dialog).getByRole('textbox', { name: /^Scopes/ })
    await user.clear(scopes)
    await user.type(scopes, 'api://a/.default, api://b/X ')
    await waitFor(() => {
      expect(save.disabled).toBe(false)
    })
    expect(within(dialog).queryByText('The application (client) id is required')).toBeNull()
    await user.click(save)

    const saved = store.getSnapshot().settings
    expect(saved.target).toBe('graph')
    expect(saved.graph).toEqual({
      ...defaults.graph,
      clientId: 'app-1',
      scopes: ['api://a/.default', 'api://b/X'],
    })
    expect(saved.sandbox).toEqual(defaults.sandbox)
    expect(store.getSnapshot().active.clientId).toBe('app-1')
    expect(JSON.parse(storage.map.get(SETTINGS_STORAGE_KEY) ?? '{}')).toEqual({
      target: 'graph',
      graph: { clientId: 'app-1', scopes: ['api://a/.default', 'api://b/X'] },
    })
    expect(onOpenChange).toHaveBeenCalledWith(false)
  })

  it('says what is wrong with a base URL at the field, and Enter saves nothing while it is wrong', async () => {
    const user = userEvent.setup()
    const { store, storage, onOpenChange, dialog, save } = renderSettings()
    const baseUrl = within(dialog).getByRole('textbox', { name: /^Base URL/ })
    await user.clear(baseUrl)
    await user.type(baseUrl, 'localhost/beta{Enter}')
    expect(
      await within(dialog).findByText('An http(s) URL, e.g. https://graph.microsoft.com/beta'),
    ).toBeTruthy()
    expect(save.disabled).toBe(true)
    expect(store.getSnapshot().settings).toEqual(defaults)
    expect(storage.map.size).toBe(0)
    expect(onOpenChange).not.toHaveBeenCalled()
  })
})
