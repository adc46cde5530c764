import type { Theme } from '@fluentui/react-components'

export const PRESENTER_SCALE = 1.25

const SCALED = /^(fontSize|lineHeight)(Base|Hero)\d+$/

const cache = new WeakMap<Theme, Theme>()

/** The theme with every font size and line height scaled by 125%, so the back row of a workshop can read it. */
export function presenterTheme(theme: Theme): Theme {
  const cached = cache.get(theme)
  if (cached) return cached
  const scaled: Theme = { ...theme }
  for (const key of Object.keys(theme) as (keyof Theme)[]) {
    const value = theme[key]
    if (SCALED.test(key) && typeof value === 'string' && value.endsWith('px')) {
      Object.assign(scaled, { [key]: `${Math.round(Number.parseFloat(value) * PRESENTER_SCALE)}px` })
    }
  }
  cache.set(theme, scaled)
  return scaled
}
