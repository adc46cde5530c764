import { sessionsPath, sessionsUrl } from '#src/features/graph/sessions-url.ts'
import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import type { RequestTarget } from '#src/features/open-draft/request-target.ts'
import { parameterSetName, type ParameterSetName } from '#src/features/parameter-sets/parameter-set.ts'
import { resolveTarget } from '#src/features/parameter-sets/resolve-target.ts'
import { serializeBody } from './serialize-body.ts'

/** Graph's write limit: "Write requests in Microsoft Graph API have a size limit of 4 MB" (413 above it). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024

/** The preview never holds a token; the sending code puts the real one in at the last moment. */
export const REDACTED_AUTHORIZATION = 'Bearer <redacted>'

export type RequestDraft = Pick<
  DraftState,
  'target' | 'bodyKind' | 'callRecordId' | 'inputObject' | 'body' | 'bodyTextProblem'
>

export interface RequestBlocker {
  kind: 'target' | 'bodyText' | 'size'
  message: string
  /** For `bodyText`: the text's problem alone, with its line and column. */
  problem?: string
}

export interface BuiltRequest {
  method: 'POST'
  parameterSet: ParameterSetName
  /** The resolved call record id, or null when the cmdlet would stop before sending. */
  callRecordId: string | null
  /** `/communications/callRecords/{id}/sessions`, the id URL-encoded (or the template when unresolved). */
  path: string
  url: string
  headers: readonly (readonly [name: string, value: string])[]
  /** Sent: compact, numbers and key order exactly as held. */
  body: string
  /** Shown: the same body, indented. */
  prettyBody: string
  /** UTF-8 bytes of `body`, against MAX_BODY_BYTES. */
  bytes: number
  /** Why it cannot be sent as it stands. Validation errors are not here: they come from the ValidationStore. */
  blockers: readonly RequestBlocker[]
}

export function buildRequest(
  draft: RequestDraft,
  target: RequestTarget,
  clientRequestId: string,
): BuiltRequest {
  const resolved = resolveTarget(draft.target, draft.callRecordId, draft.inputObject)
  const callRecordId = resolved.ok ? resolved.callRecordId : null
  const serialized = serializeBody(draft.body)
  const blockers: RequestBlocker[] = []
  if (!resolved.ok) blockers.push({ kind: 'target', message: resolved.message })
  if (draft.bodyKind === 'BodyParameter' && draft.bodyTextProblem) {
    const problem = draft.bodyTextProblem.message
    blockers.push({ kind: 'bodyText', message: `BodyParameter: ${problem}`, problem })
  }
  if (serialized.bytes > MAX_BODY_BYTES) {
    blockers.push({
      kind: 'size',
      message: `The body is ${serialized.bytes.toLocaleString('en-US')} bytes; Graph accepts at most ${MAX_BODY_BYTES.toLocaleString('en-US')} (4 MB) and answers 413 above it.`,
    })
  }
  return {
    method: 'POST',
    parameterSet: parameterSetName(draft.target, draft.bodyKind),
    callRecordId,
    path: sessionsPath(callRecordId),
    url: sessionsUrl(target.baseUrl, callRecordId),
    headers: [
      ['Authorization', REDACTED_AUTHORIZATION],
      ['Content-Type', 'application/json'],
      ['Accept', 'application/json'],
      ['client-request-id', clientRequestId],
    ],
    body: serialized.compact,
    prettyBody: serialized.pretty,
    bytes: serialized.bytes,
    blockers,
  }
}

/** Whether the body was given as -BodyParameter JSON (Create, CreateViaIdentity) rather than expanded fields. */
export function isJsonBody(request: Pick<BuiltRequest, 'parameterSet'>): boolean {
  return !request.parameterSet.endsWith('Expanded')
}

/** The validation errors as one blocker, pointing at where they are shown: the form or the JSON editor. */
export function validationBlocker(
  errors: number,
  request: Pick<BuiltRequest, 'parameterSet'>,
): string | null {
  if (errors <= 0) return null
  const where = isJsonBody(request) ? 'marked in the BodyParameter JSON' : 'see the form'
  return `${errors} ${errors === 1 ? 'error' : 'errors'} in the body that Graph would reject (${where}).`
}
