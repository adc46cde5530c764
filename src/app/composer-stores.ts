import { FormUiStore } from '#src/features/form/form-ui-store.ts'
import { DraftHistory } from '#src/features/open-draft/draft-history.ts'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { ValidationStore } from '#src/features/open-draft/validation-store.ts'

export interface ComposerStores {
  draft: DraftStore
  validation: ValidationStore
  formUi: FormUiStore
  history: DraftHistory
}

export function createComposerStores(): ComposerStores {
  const draft = new DraftStore(initialDraft())
  return {
    draft,
    validation: new ValidationStore(draft),
    formUi: new FormUiStore(),
    history: new DraftHistory(draft),
  }
}
