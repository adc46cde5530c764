import type { BuiltRequest } from './build-request.ts'

export const CMDLET = 'New-MgBetaCommunicationCallRecordSession'

export type WhatIfText = { ok: true; sentence: string } | { ok: false; error: string }

/**
 * What `-WhatIf` prints, in the cmdlet's own words, with the id as it appears in the URL. When the target
 * does not resolve the cmdlet stops with an error instead, and so does this.
 */
export function whatIfText(request: BuiltRequest): WhatIfText {
  const blocker = request.blockers.find((b) => b.kind === 'target')
  if (blocker) return { ok: false, error: `${CMDLET}: ${blocker.message}` }
  return {
    ok: true,
    sentence: `What if: Performing the operation "${CMDLET}_${request.parameterSet}" on target "Call remote 'POST ${request.path}'".`,
  }
}
