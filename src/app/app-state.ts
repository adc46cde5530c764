import type { QueryClient } from '@tanstack/react-query'
import { createComposer, type Composer } from '#src/features/open-draft/composer.ts'
import type { RequestTarget } from '#src/features/open-draft/request-target.ts'
import type { ActiveTarget } from '#src/features/settings/active-target.ts'
import { createSettingsStore } from '#src/features/settings/settings-context.ts'
import type { SettingsStore } from '#src/features/settings/settings-store.ts'
import { createQueryClient } from './query-client.ts'

/** What the app holds for the page's life, created once before the first render. */
export interface AppState {
  composer: Composer
  settings: SettingsStore
  queryClient: QueryClient
}

function requestTargetOf({ kind, baseUrl }: ActiveTarget): RequestTarget {
  return { kind, baseUrl }
}

export function createAppState(): AppState {
  const settings = createSettingsStore()
  const composer = createComposer({ target: requestTargetOf(settings.getSnapshot().active) })
  // The request follows the target saved in Settings, and validation the "Allow properties this app doesn't
  // know" setting; wired here, where the features meet, for the page's life.
  let allowUnknown = false
  const follow = () => {
    const { active, settings: saved } = settings.getSnapshot()
    const next = requestTargetOf(active)
    const current = composer.target.getSnapshot()
    if (next.kind !== current.kind || next.baseUrl !== current.baseUrl) composer.target.set(next)
    if (saved.allowUnknownProperties !== allowUnknown) {
      allowUnknown = saved.allowUnknownProperties
      composer.validation.allowUnknownProperties(allowUnknown)
    }
  }
  follow()
  settings.subscribe(follow)
  return { composer, settings, queryClient: createQueryClient() }
}
