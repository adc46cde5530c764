import { Store } from '#src/lib/store/store.ts'
import { activeTarget, type ActiveTarget } from './active-target.ts'
import { readSettings, writeSettings } from './settings-storage.ts'
import type { TargetSettings } from './target-settings.ts'

export interface SavedSettings {
  settings: TargetSettings
  /** Stable between saves, so it can key effects (MSAL is rebuilt only when this changes). */
  active: ActiveTarget
}

/** The target settings of this browser: defaults, overridden by what was saved in the Settings dialog. */
export class SettingsStore extends Store<SavedSettings> {
  constructor(
    readonly defaults: TargetSettings,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  ) {
    const settings = readSettings(storage, defaults)
    super({ settings, active: activeTarget(settings) })
  }

  save(settings: TargetSettings): void {
    try {
      writeSettings(this.storage, settings, this.defaults)
    } catch {
      // Storage full or disabled: the choice still holds for this visit.
    }
    this.set({ settings, active: activeTarget(settings) })
  }
}
