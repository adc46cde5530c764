import { initialDraft } from '../features/draft/draft-state.ts'
import { DraftStore } from '../features/draft/draft-store.ts'
import { ValidationStore } from '../features/draft/validation-store.ts'
import { FormUiStore } from '../features/form/form-ui-store.ts'

export interface ComposerStores {
  draft: DraftStore
  validation: ValidationStore
  formUi: FormUiStore
}

export function createComposerStores(): ComposerStores {
  const draft = new DraftStore(initialDraft())
  return { draft, validation: new ValidationStore(draft), formUi: new FormUiStore() }
}
