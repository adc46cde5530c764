import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import { bodyToText, textToBody, type BodyTextProblem } from '#src/features/parameter-sets/body-text.ts'
import { parameterSetName, parameterSetParts } from '#src/features/parameter-sets/parameter-set.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { DRAFT_FORMAT, DRAFT_VERSION, type DraftRecord } from './draft-record.ts'

export type LoadedDraft = Omit<DraftState, 'generation'>

export interface RecordMeta {
  name: string
  savedAt: Date
}

/** The draft as stored: `stringify` lets autosave reuse the text of unchanged subtrees. */
export function encodeDraft(
  state: Omit<DraftState, 'generation'>,
  meta: RecordMeta,
  stringify: (body: DraftState['body']) => string = stringifyJson,
): DraftRecord {
  const json = state.bodyKind === 'BodyParameter' && state.bodyText !== null
  // While the text is valid the body is exactly its parse, so the text alone carries both.
  const textHoldsBody = json && state.bodyTextProblem === null
  return {
    version: DRAFT_VERSION,
    format: DRAFT_FORMAT,
    name: meta.name,
    savedAt: meta.savedAt.toISOString(),
    draft: {
      parameterSet: parameterSetName(state.target, state.bodyKind),
      callRecordId: state.callRecordId,
      inputObject: state.inputObject,
      body: textHoldsBody ? null : stringify(state.body),
      bodyText: json ? state.bodyText : null,
      whatIf: state.whatIf,
      confirm: state.confirm,
    },
  }
}

export type DecodedDraft = { ok: true; draft: LoadedDraft } | { ok: false; problem: string }

/** Back to the draft store's shape; the text problem is worked out again, never trusted from storage. */
export function decodeDraft(record: DraftRecord): DecodedDraft {
  const saved = record.draft
  const { target, body: bodyKind } = parameterSetParts(saved.parameterSet)
  let text = bodyKind === 'BodyParameter' ? saved.bodyText : null
  const fromText = text === null ? null : textToBody(text)
  let body
  if (saved.body !== null) {
    const parsed = parseJson(saved.body)
    if (!parsed.ok)
      return { ok: false, problem: `The saved body is not valid JSON (${parsed.error.message}).` }
    body = parsed.value
  } else if (fromText?.ok) body = fromText.body
  else return { ok: false, problem: 'The saved draft has no readable body.' }
  if (bodyKind === 'BodyParameter' && text === null) text = bodyToText(body)
  const bodyTextProblem: BodyTextProblem | null = fromText && !fromText.ok ? fromText.problem : null
  return {
    ok: true,
    draft: {
      target,
      bodyKind,
      callRecordId: saved.callRecordId,
      inputObject: saved.inputObject,
      body,
      bodyText: text,
      bodyTextProblem,
      whatIf: saved.whatIf,
      confirm: saved.confirm,
    },
  }
}
