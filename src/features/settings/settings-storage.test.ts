import { describe, expect, it } from 'vitest'
import { defaultSettings } from './default-settings.ts'
import { parseSettingsEnv } from './settings-env.ts'
import { readSettings, SETTINGS_STORAGE_KEY, writeSettings } from './settings-storage.ts'

function memoryStorage(initial?: string) {
  const map = new Map<string, string>(initial === undefined ? [] : [[SETTINGS_STORAGE_KEY, initial]])
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      map.set(key, value)
    },
    removeItem: (key: string) => {
      map.delete(key)
    },
  }
}

const defaults = defaultSettings(parseSettingsEnv({}), 'https://localhost:5443')

describe('settings storage', () => {
  it('stores only what differs from the defaults, and reads it back over them', () => {
    const storage = memoryStorage()
    const chosen = {
      ...defaults,
      target: 'graph' as const,
      graph: { ...defaults.graph, clientId: 'app-1', tenant: 'contoso.onmicrosoft.com' },
    }
    writeSettings(storage, chosen, defaults)
    expect(JSON.parse(storage.map.get(SETTINGS_STORAGE_KEY) ?? '')).toEqual({
      target: 'graph',
      graph: { tenant: 'contoso.onmicrosoft.com', clientId: 'app-1' },
    })
    expect(readSettings(storage, defaults)).toEqual(chosen)
  })

  it('keeps the sandbox following the origin when nothing about it was changed', () => {
    const storage = memoryStorage()
    writeSettings(storage, { ...defaults, target: 'custom' }, defaults)
    const elsewhere = defaultSettings(parseSettingsEnv({}), 'https://localhost:6443')
    expect(readSettings(storage, elsewhere).sandbox.baseUrl).toBe('https://localhost:6443/beta')
  })

  it('keeps "Allow properties this app doesn\'t know" off unless it was switched on', () => {
    expect(defaults.allowUnknownProperties).toBe(false)
    const storage = memoryStorage()
    writeSettings(storage, { ...defaults, allowUnknownProperties: true }, defaults)
    expect(storage.map.get(SETTINGS_STORAGE_KEY)).toBe('{"allowUnknownProperties":true}')
    expect(readSettings(storage, defaults).allowUnknownProperties).toBe(true)
    writeSettings(storage, defaults, defaults)
    expect(storage.map.has(SETTINGS_STORAGE_KEY)).toBe(false)
  })

  it('removes the entry when everything is back to the defaults', () => {
    const storage = memoryStorage('{"target":"graph"}')
    writeSettings(storage, defaults, defaults)
    expect(storage.map.has(SETTINGS_STORAGE_KEY)).toBe(false)
  })

  it.each([
    ['not JSON', '{target:'],
    ['a wrong type', '{"target":"graph","graph":{"scopes":"a b"}}'],
    ['an unknown target', '{"target":"production"}'],
    ['null', 'null'],
  ])('falls back to the defaults on %s', (_, text) => {
    expect(readSettings(memoryStorage(text), defaults)).toEqual(defaults)
  })

  it('never crashes when storage itself throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(readSettings(broken, defaults)).toEqual(defaults)
  })

  it('drops unknown keys (a token put there by anything else is never written back)', () => {
    const storage = memoryStorage(
      '{"target":"graph","accessToken":"eyJhbGciOi.x.y","graph":{"clientId":"a","token":"t"}}',
    )
    const read = readSettings(storage, defaults)
    writeSettings(storage, read, defaults)
    expect(storage.map.get(SETTINGS_STORAGE_KEY)).toBe('{"target":"graph","graph":{"clientId":"a"}}')
  })
})
