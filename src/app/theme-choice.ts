import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components'
import { Store } from '#src/lib/store/store.ts'
import { useStore } from '#src/lib/store/use-store.ts'

export type ThemeChoice = 'system' | 'light' | 'dark' | 'highContrast'
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'highContrast']
const STORAGE_KEY = 'session-composer.theme'

/** What the theme follows: the manual choice, and the system's preferences it falls back to. */
interface ThemeInputs {
  choice: ThemeChoice
  dark: boolean
  forced: boolean
  moreContrast: boolean
}

function readChoice(): ThemeChoice {
  const stored = localStorage.getItem(STORAGE_KEY)
  return THEME_CHOICES.find((choice) => choice === stored) ?? 'system'
}

let inputs: Store<ThemeInputs> | undefined

/** Made on first use: the stored choice, and the system's media queries, which it follows as they change. */
function themeInputs(): Store<ThemeInputs> {
  if (!inputs) {
    const [dark, forced, more] = [
      '(prefers-color-scheme: dark)',
      '(forced-colors: active)',
      '(prefers-contrast: more)',
    ].map((query) => window.matchMedia(query))
    const read = (choice: ThemeChoice): ThemeInputs => ({
      choice,
      dark: dark?.matches ?? false,
      forced: forced?.matches ?? false,
      moreContrast: more?.matches ?? false,
    })
    const store = new Store(read(readChoice()))
    for (const query of [dark, forced, more])
      query?.addEventListener('change', () => {
        store.set(read(store.getSnapshot().choice))
      })
    inputs = store
  }
  return inputs
}

export function setThemeChoice(choice: ThemeChoice): void {
  localStorage.setItem(STORAGE_KEY, choice)
  const store = themeInputs()
  store.set({ ...store.getSnapshot(), choice })
}

export function useThemeChoice(): ThemeChoice {
  return useStore(themeInputs(), (theme) => theme.choice)
}

/** The Fluent theme to render: the manual choice, or the system's (high contrast wins over dark). */
export function useResolvedTheme(): { name: Exclude<ThemeChoice, 'system'>; theme: Theme } {
  const { choice, dark, forced, moreContrast } = useStore(themeInputs())
  const name =
    choice !== 'system' ? choice : forced || moreContrast ? 'highContrast' : dark ? 'dark' : 'light'
  const theme =
    name === 'highContrast' ? teamsHighContrastTheme : name === 'dark' ? webDarkTheme : webLightTheme
  return { name, theme }
}
