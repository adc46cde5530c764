import type { DraftRecord } from '#src/features/draft-library/draft-record.ts'
import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'

/** The body as `session.json`: the BodyParameter text exactly as typed, or the expanded body, indented. */
export function sessionFileText(state: DraftState): string {
  if (state.bodyKind === 'BodyParameter' && state.bodyText !== null) return state.bodyText
  return `${stringifyJson(state.body, 2)}\n`
}

/** The whole draft as `*.draft.json`: the storage format, so it opens as a draft again. */
export function draftFileText(record: DraftRecord): string {
  return `${stringifyJson(fromPlain(record), 2)}\n`
}
