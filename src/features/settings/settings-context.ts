import { createContext, use, useSyncExternalStore } from 'react'
import type { ActiveTarget } from './active-target.ts'
import { defaultSettings } from './default-settings.ts'
import { parseSettingsEnv } from './settings-env.ts'
import { SettingsStore } from './settings-store.ts'
import type { TargetSettings } from './target-settings.ts'

export const SettingsContext = createContext<SettingsStore | null>(null)

/** The browser's settings store: build-time env defaults (parsed once here), localStorage overrides. */
export function createSettingsStore(): SettingsStore {
  const env = parseSettingsEnv(import.meta.env)
  return new SettingsStore(defaultSettings(env, globalThis.location.origin), globalThis.localStorage)
}

export function useSettingsStore(): SettingsStore {
  const store = use(SettingsContext)
  if (!store) throw new Error('useSettingsStore needs a <SettingsContext> provider')
  return store
}

export function useTargetSettings(): TargetSettings {
  const store = useSettingsStore()
  return useSyncExternalStore(store.subscribe, store.getSettings)
}

export function useActiveTarget(): ActiveTarget {
  const store = useSettingsStore()
  return useSyncExternalStore(store.subscribe, store.getActive)
}
