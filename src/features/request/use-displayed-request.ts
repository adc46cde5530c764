import { useMemo } from 'react'
import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import { buildRequest, type BuiltRequest } from './build-request.ts'
import { displayedRequest, maskDraft } from './displayed-request.ts'
import { useRequestId } from './request-id-context.ts'
import { useRequestMask } from './request-mask-context.ts'
import { useRequestTarget } from './request-target-context.ts'
import { useSettledDraft } from './use-settled-draft.ts'

export interface DisplayedRequest {
  /** The settled draft as shown (masked in presenter mode). */
  draft: DraftState
  request: BuiltRequest
  /** In presenter mode, what is really sent: Copy copies it. Null when nothing is masked. */
  real: { draft: DraftState; request: BuiltRequest } | null
  validationErrors: number
}

/**
 * The request as the preview and the code show it, once typing pauses. The preview and the code each call it;
 * the body's serialisation is cached per tree, so the second costs nothing.
 */
export function useDisplayedRequest(): DisplayedRequest {
  const draft = useSettledDraft()
  const target = useRequestTarget()
  const clientRequestId = useRequestId()
  const mask = useRequestMask()
  const validationErrors = useValidation((v) => v.errors.length)
  const request = useMemo(
    () => displayedRequest(draft, target, clientRequestId, mask),
    [draft, target, clientRequestId, mask],
  )
  const shown = useMemo(() => maskDraft(draft, mask), [draft, mask])
  const real = useMemo(
    () => (mask ? { draft, request: buildRequest(draft, target, clientRequestId) } : null),
    [mask, draft, target, clientRequestId],
  )
  return { draft: shown, request, real, validationErrors }
}
