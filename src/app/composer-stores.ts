import { FormUiStore } from '#src/features/form/form-ui-store.ts'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { ValidationStore } from '#src/features/open-draft/validation-store.ts'
import type { SettingsStore } from '#src/features/settings/settings-store.ts'

export interface ComposerStores {
  draft: DraftStore
  validation: ValidationStore
  formUi: FormUiStore
}

/** The composer's stores; validation follows the "Allow properties this app doesn't know" setting. */
export function createComposerStores(settings: SettingsStore): ComposerStores {
  const draft = new DraftStore(initialDraft())
  const validation = new ValidationStore(draft)
  let allow = false
  const follow = () => {
    const next = settings.getSettings().allowUnknownProperties
    if (next === allow) return
    allow = next
    validation.allowUnknownProperties(next)
  }
  follow()
  // For the app's lifetime, like the stores themselves.
  settings.subscribe(follow)
  return { draft, validation, formUi: new FormUiStore() }
}
