import type { RequestMask } from '#src/features/open-draft/request-mask.ts'
import type { RequestTarget } from '#src/features/open-draft/request-target.ts'
import type { CloudCommunicationsIdentity } from '#src/features/parameter-sets/cloud-communications-identity.ts'
import { buildRequest, type BuiltRequest, type RequestDraft } from './build-request.ts'

/** The draft as presenter mode shows it: the same shape, identifiers and body masked. */
export function maskDraft<T extends RequestDraft>(draft: T, mask: RequestMask | null): T {
  if (!mask) return draft
  const { maskBody, maskId } = mask
  const inputObject: CloudCommunicationsIdentity =
    maskId && draft.inputObject.CallRecordId
      ? { ...draft.inputObject, CallRecordId: maskId(draft.inputObject.CallRecordId) }
      : draft.inputObject
  return {
    ...draft,
    body: maskBody ? maskBody(draft.body) : draft.body,
    callRecordId: maskId && draft.callRecordId ? maskId(draft.callRecordId) : draft.callRecordId,
    inputObject,
  }
}

/** The request to show: text from the masked draft, size and blockers from the real one. */
export function displayedRequest(
  draft: RequestDraft,
  target: RequestTarget,
  clientRequestId: string,
  mask: RequestMask | null,
): BuiltRequest {
  const real = buildRequest(draft, target, clientRequestId)
  if (!mask) return real
  const shown = buildRequest(maskDraft(draft, mask), target, clientRequestId)
  return { ...shown, bytes: real.bytes, blockers: real.blockers }
}
