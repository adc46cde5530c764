import { z } from 'zod'
import {
  customSettings,
  graphSettings,
  sandboxSettings,
  TARGET_KINDS,
  type TargetSettings,
} from './target-settings.ts'

export const SETTINGS_STORAGE_KEY = 'session-composer.target-settings'

/**
 * Only what differs from the defaults is stored, so the sandbox keeps following the page's origin and a new
 * build's defaults still apply. Unknown keys are dropped on read and never written back.
 */
const overrides = z.object({
  target: z.enum(TARGET_KINDS).optional(),
  sandbox: sandboxSettings.partial().optional(),
  graph: graphSettings.partial().optional(),
  custom: customSettings.partial().optional(),
  allowUnknownProperties: z.boolean().optional(),
})
type Overrides = z.infer<typeof overrides>

/** The stored choices over the defaults; anything unreadable means the defaults, never a crash. */
export function readSettings(storage: Pick<Storage, 'getItem'>, defaults: TargetSettings): TargetSettings {
  let parsed: z.ZodSafeParseResult<Overrides>
  try {
    const text = storage.getItem(SETTINGS_STORAGE_KEY)
    if (text === null) return defaults
    parsed = overrides.safeParse(JSON.parse(text))
  } catch {
    return defaults
  }
  if (!parsed.success) return defaults
  const stored = parsed.data
  return {
    target: stored.target ?? defaults.target,
    sandbox: { ...defaults.sandbox, ...stored.sandbox },
    graph: { ...defaults.graph, ...stored.graph },
    custom: { ...defaults.custom, ...stored.custom },
    allowUnknownProperties: stored.allowUnknownProperties ?? defaults.allowUnknownProperties,
  }
}

export function writeSettings(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  settings: TargetSettings,
  defaults: TargetSettings,
): void {
  const stored: Overrides = {
    target: settings.target === defaults.target ? undefined : settings.target,
    sandbox: changed(settings.sandbox, defaults.sandbox),
    graph: changed(settings.graph, defaults.graph),
    custom: changed(settings.custom, defaults.custom),
    allowUnknownProperties:
      settings.allowUnknownProperties === defaults.allowUnknownProperties
        ? undefined
        : settings.allowUnknownProperties,
  }
  const text = JSON.stringify(overrides.parse(stored))
  if (text === '{}') storage.removeItem(SETTINGS_STORAGE_KEY)
  else storage.setItem(SETTINGS_STORAGE_KEY, text)
}

function changed<T extends Record<string, string | string[]>>(value: T, base: T): Partial<T> | undefined {
  const diff: Partial<T> = {}
  let any = false
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (String(value[key]) !== String(base[key])) {
      diff[key] = value[key]
      any = true
    }
  }
  return any ? diff : undefined
}
