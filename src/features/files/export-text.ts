import { fromPlain } from '../../lib/json/plain.ts'
import { stringifyJson } from '../../lib/json/stringify.ts'
import type { DraftState } from '../draft/draft-state.ts'
import type { DraftRecord } from '../drafts/draft-record.ts'

/** The body as `session.json`: the BodyParameter text exactly as typed, or the expanded body, indented. */
export function sessionFileText(state: DraftState): string {
  if (state.bodyKind === 'BodyParameter' && state.bodyText !== null) return state.bodyText
  return `${stringifyJson(state.body, 2)}\n`
}

/** The whole draft as `*.draft.json`: the storage format, so it opens as a draft again. */
export function draftFileText(record: DraftRecord): string {
  return `${stringifyJson(fromPlain(record), 2)}\n`
}
