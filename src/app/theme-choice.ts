import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components'
import { useSyncExternalStore } from 'react'

export type ThemeChoice = 'system' | 'light' | 'dark' | 'highContrast'
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'highContrast']
const STORAGE_KEY = 'session-composer.theme'

function readChoice(): ThemeChoice {
  const stored = localStorage.getItem(STORAGE_KEY)
  return THEME_CHOICES.find((choice) => choice === stored) ?? 'system'
}

const listeners = new Set<() => void>()
const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)'].map(
  (q) => window.matchMedia(q),
)

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  queries.forEach((query) => {
    query.addEventListener('change', listener)
  })
  return () => {
    listeners.delete(listener)
    queries.forEach((query) => {
      query.removeEventListener('change', listener)
    })
  }
}

export function setThemeChoice(choice: ThemeChoice): void {
  localStorage.setItem(STORAGE_KEY, choice)
  listeners.forEach((listener) => {
    listener()
  })
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, readChoice)
}

/** The Fluent theme to render: the manual choice, or the system's (high contrast wins over dark). */
export function useResolvedTheme(): { name: Exclude<ThemeChoice, 'system'>; theme: Theme } {
  const choice = useThemeChoice()
  const [dark, forced, more] = useSyncExternalStore(subscribe, () =>
    queries.map((q) => q.matches).join(),
  ).split(',')
  const name =
    choice !== 'system'
      ? choice
      : forced === 'true' || more === 'true'
        ? 'highContrast'
        : dark === 'true'
          ? 'dark'
          : 'light'
  const theme =
    name === 'highContrast' ? teamsHighContrastTheme : name === 'dark' ? webDarkTheme : webLightTheme
  return { name, theme }
}
