import { useCallback } from 'react'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useValidationStore } from '#src/features/open-draft/validation-context.tsx'
import { buildRequest, type BuiltRequest } from './build-request.ts'
import { displayedRequest } from './displayed-request.ts'
import { useRequestIdStore } from './request-id-context.ts'
import { useRequestMask } from './request-mask-context.ts'
import { useRequestTarget } from './request-target-context.ts'

export interface CurrentRequest {
  request: BuiltRequest
  /** What is really sent when `request` is masked (presenter mode); Copy copies it. */
  real: BuiltRequest | null
  validationErrors: number
}

/**
 * A function that builds the request from the draft as it is right now (not as the debounced preview last
 * saw it): for What if, and for the Confirm step before a send.
 */
export function useCurrentRequest(): () => CurrentRequest {
  const draft = useDraftStore()
  const validation = useValidationStore()
  const target = useRequestTarget()
  const ids = useRequestIdStore()
  const mask = useRequestMask()
  return useCallback(() => {
    draft.flushPending()
    const state = draft.getState()
    return {
      request: displayedRequest(state, target, ids.current(), mask),
      real: mask ? buildRequest(state, target, ids.current()) : null,
      validationErrors: validation.current().errors.length,
    }
  }, [draft, validation, target, ids, mask])
}
