import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components'
import { describe, expect, it } from 'vitest'
import { EDITOR_COLORS } from './editor-theme.ts'

function resolve(theme: Theme, cssVariable: string): string {
  const name = /^var\(--(\w+)\)$/.exec(cssVariable)?.[1] ?? ''
  const value = (theme as unknown as Record<string, string | undefined>)[name]
  if (!value) throw new Error(`${cssVariable} is not a theme token`)
  return value
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

describe('editor colours', () => {
  const themes = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme }
  const cases = Object.entries(themes).flatMap(([themeName, theme]) =>
    Object.entries(EDITOR_COLORS).map(([role, [fg, bg]]) => [
      themeName,
      role,
      resolve(theme, fg),
      resolve(theme, bg),
    ]),
  )

  it.each(cases)('%s: %s reads at WCAG AA (4.5:1)', (_, __, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5)
  })

  it('computes contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21)
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })
})
