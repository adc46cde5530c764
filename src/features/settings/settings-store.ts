import { activeTarget, type ActiveTarget } from './active-target.ts'
import { readSettings, writeSettings } from './settings-storage.ts'
import type { TargetSettings } from './target-settings.ts'

/** The target settings of this browser: defaults, overridden by what was saved in the Settings dialog. */
export class SettingsStore {
  private settings: TargetSettings
  private active: ActiveTarget
  private readonly listeners = new Set<() => void>()

  constructor(
    readonly defaults: TargetSettings,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  ) {
    this.settings = readSettings(storage, defaults)
    this.active = activeTarget(this.settings)
  }

  getSettings = (): TargetSettings => this.settings

  /** Stable between saves, so it can key effects (MSAL is rebuilt only when this changes). */
  getActive = (): ActiveTarget => this.active

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  save(settings: TargetSettings): void {
    this.settings = settings
    this.active = activeTarget(settings)
    try {
      writeSettings(this.storage, settings, this.defaults)
    } catch {
      // Storage full or disabled: the choice still holds for this visit.
    }
    for (const listener of this.listeners) listener()
  }
}
