import { Store } from '#src/lib/store/store.ts'
import { DraftHistory } from './draft-history.ts'
import { initialDraft, type DraftState } from './draft-state.ts'
import { DraftStore } from './draft-store.ts'
import { FormUiStore } from './form-ui-store.ts'
import { RequestIdStore } from './request-id-store.ts'
import type { RequestMask } from './request-mask.ts'
import type { RequestTarget } from './request-target.ts'
import { ValidationStore } from './validation-store.ts'

/**
 * Everything one composer holds, created once and provided once (as react-hook-form hands out one `control`):
 * components take what they show from it with narrow selectors, so typing in one field renders that field.
 */
export interface Composer {
  /** The invocation being composed: parameter set, ids, the lossless body, the switches. */
  draft: DraftStore
  /** Undo and Redo over the draft: every edit a step, keystrokes into one field one step. */
  history: DraftHistory
  /** The body's errors and warnings, published when typing pauses. */
  validation: ValidationStore
  /** The expanded form's open node, open branches and sections; navigating never touches the draft. */
  formUi: FormUiStore
  /** The client-request-id the preview shows and the next send uses. */
  requestIds: RequestIdStore
  /** Where the request goes: the target chosen in Settings. */
  target: Store<RequestTarget>
  /** How the request is shown (presenter mode's masking); null shows it as it is. */
  mask: Store<RequestMask | null>
}

export interface ComposerOptions {
  target: RequestTarget
  draft?: DraftState
  /** Tests shorten the validation's pause; the app keeps the default. */
  validationDelayMs?: number
  newRequestId?: () => string
}

export function createComposer({
  target,
  draft,
  validationDelayMs,
  newRequestId,
}: ComposerOptions): Composer {
  const draftStore = new DraftStore(draft ?? initialDraft())
  return {
    draft: draftStore,
    history: new DraftHistory(draftStore),
    validation: new ValidationStore(draftStore, validationDelayMs),
    formUi: new FormUiStore(),
    requestIds: new RequestIdStore(newRequestId),
    target: new Store(target),
    mask: new Store<RequestMask | null>(null),
  }
}
