import { MISSING_CALL_RECORD_ID, type CloudCommunicationsIdentity } from './cloud-communications-identity.ts'
import type { TargetKind } from './parameter-set.ts'

export type ResolvedTarget =
  { ok: true; callRecordId: string } | { ok: false; message: string; field: 'CallRecordId' | 'InputObject' }

/** The call record id that goes into the URL, or why the cmdlet would stop before sending. */
export function resolveTarget(
  target: TargetKind,
  callRecordId: string,
  inputObject: CloudCommunicationsIdentity,
): ResolvedTarget {
  if (target === 'InputObject') {
    const fromIdentity = inputObject.CallRecordId
    if (!fromIdentity) return { ok: false, message: MISSING_CALL_RECORD_ID, field: 'InputObject' }
    return { ok: true, callRecordId: fromIdentity }
  }
  if (!callRecordId) {
    return {
      ok: false,
      message: "Cannot bind argument to parameter 'CallRecordId' because it is an empty string.",
      field: 'CallRecordId',
    }
  }
  return { ok: true, callRecordId }
}
