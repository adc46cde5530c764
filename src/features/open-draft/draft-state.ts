import type { BodyTextProblem } from '#src/features/parameter-sets/body-text.ts'
import type { CloudCommunicationsIdentity } from '#src/features/parameter-sets/cloud-communications-identity.ts'
import type { BodyKind, TargetKind } from '#src/features/parameter-sets/parameter-set.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'

/** Everything one invocation of the cmdlet needs: the parameter set, the ids, the body, the switches. */
export interface DraftState {
  target: TargetKind
  bodyKind: BodyKind
  callRecordId: string
  inputObject: CloudCommunicationsIdentity
  /** The session body as a lossless tree: what the expanded fields edit and what is sent. */
  body: JsonValue
  /**
   * The BodyParameter text while editing JSON; null in expanded mode. It may be invalid: it is kept as typed
   * and `body` follows it only while it parses to an object.
   */
  bodyText: string | null
  /** Why `bodyText` cannot become the body (syntax error with line and column, or not an object). */
  bodyTextProblem: BodyTextProblem | null
  whatIf: boolean
  confirm: boolean
  /** Bumped whenever the body is replaced wholesale, so uncontrolled inputs remount with the new values. */
  generation: number
}

export function initialDraft(body: JsonValue = new Map()): DraftState {
  return {
    target: 'CallRecordId',
    bodyKind: 'Expanded',
    callRecordId: '',
    inputObject: {},
    body,
    bodyText: null,
    bodyTextProblem: null,
    whatIf: false,
    confirm: false,
    generation: 0,
  }
}

/** What Undo and Redo put back: everything the user edits, not how it is viewed (the parameter set). */
export type DraftContent = Pick<
  DraftState,
  'bodyKind' | 'body' | 'bodyText' | 'bodyTextProblem' | 'callRecordId' | 'inputObject' | 'whatIf' | 'confirm'
>
