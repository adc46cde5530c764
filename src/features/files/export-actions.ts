import { encodeDraft } from '#src/features/draft-library/draft-codec.ts'
import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import { downloadText, safeFileName } from './download.ts'
import { draftFileText, sessionFileText } from './export-text.ts'

/** The body as `session.json`. */
export function saveBody(state: DraftState): void {
  downloadText(sessionFileText(state), 'session.json')
}

/** The whole draft as `<name>.draft.json`, in the storage format. */
export function saveDraft(state: DraftState, name: string): void {
  downloadText(
    draftFileText(encodeDraft(state, { name, savedAt: new Date() })),
    `${safeFileName(name)}.draft.json`,
  )
}
