import { useMemo } from 'react'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import { buildRequest } from '#src/features/request/build-request.ts'
import { useRequestId } from '#src/features/request/request-id-context.ts'
import { useRequestTarget } from '#src/features/request/request-target-context.ts'
import { useSettledDraft } from '#src/features/request/use-settled-draft.ts'
import { sendBlockers } from './send-blockers.ts'

/**
 * The reasons Send is blocked, following the draft once typing pauses (the body's serialisation is shared
 * with the preview, so this costs nothing extra). The click checks again against the draft as it is then.
 */
export function useSendBlockers(): readonly string[] {
  const draft = useSettledDraft()
  const target = useRequestTarget()
  const clientRequestId = useRequestId()
  const errors = useValidation((v) => v.errors.length)
  return useMemo(
    () => sendBlockers(buildRequest(draft, target, clientRequestId), errors),
    [draft, target, clientRequestId, errors],
  )
}
