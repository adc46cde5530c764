import { createContext, use } from 'react'
import { useStore } from '#src/lib/store/use-store.ts'
import type { ActiveTarget } from './active-target.ts'
import { defaultSettings } from './default-settings.ts'
import { parseSettingsEnv } from './settings-env.ts'
import { SettingsStore } from './settings-store.ts'

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

export function useActiveTarget(): ActiveTarget {
  return useStore(useSettingsStore(), (saved) => saved.active)
}
