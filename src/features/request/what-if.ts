import type { BuiltRequest } from './build-request.ts'

export const CMDLET = 'New-MgBetaCommunicationCallRecordSession'

export type WhatIfText = { ok: true; sentence: string } | { ok: false; error: string }

/**
 * What `-WhatIf` prints, in the cmdlet's own words, with the id as it appears in the URL. When the target
 * does not resolve the cmdlet stops with an error instead, and so does this.
 */
export function whatIfText(request: BuiltRequest): WhatIfText {
  const performing = performingText(request)
  return performing.ok ? { ok: true, sentence: `What if: ${performing.sentence}` } : performing
}

/** The operation and its target as PowerShell names them in both -WhatIf and -Confirm. */
export function performingText(request: BuiltRequest): WhatIfText {
  const blocker = request.blockers.find((b) => b.kind === 'target')
  if (blocker) return { ok: false, error: `${CMDLET}: ${blocker.message}` }
  return {
    ok: true,
    sentence: `Performing the operation "${CMDLET}_${request.parameterSet}" on target "Call remote 'POST ${request.path}'".`,
  }
}

/** PowerShell's confirmation prompt (ShouldProcess with -Confirm), word for word. */
export const CONFIRM_CAPTION = 'Confirm'
export const CONFIRM_QUESTION = 'Are you sure you want to perform this action?'
export const CONFIRM_CHOICES =
  '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):'
