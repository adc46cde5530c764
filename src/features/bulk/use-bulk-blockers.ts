import { useMemo } from 'react'
import { useGraph } from '#src/features/graph/graph-context.ts'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import { resolveTarget } from '#src/features/parameter-sets/resolve-target.ts'
import type { BulkSource } from './bulk-settings.ts'

/**
 * Why a bulk run cannot start, beyond its own form (whose problems show at their fields): sign-in, the
 * target, and, for variations, the body they vary. Empty when it can.
 */
export function useBulkBlockers(source: BulkSource): string[] {
  const graph = useGraph()
  const target = useDraft((s) => s.target)
  const callRecordId = useDraft((s) => s.callRecordId)
  const inputObject = useDraft((s) => s.inputObject)
  const textProblem = useDraft((s) => (s.bodyKind === 'BodyParameter' ? s.bodyTextProblem : null))
  const errors = useValidation((v) => v.errors.length)
  return useMemo(() => {
    const reasons: string[] = []
    if (graph.principal === null) reasons.push('Sign in first: bulk send never opens a sign-in window.')
    const resolved = resolveTarget(target, callRecordId, inputObject)
    if (!resolved.ok) reasons.push(resolved.message)
    if (source === 'variations' && textProblem) reasons.push(`BodyParameter: ${textProblem.message}`)
    if (source === 'variations' && errors > 0) {
      reasons.push(
        `The current body has ${errors} ${errors === 1 ? 'error' : 'errors'} that Graph would reject; so would every variation.`,
      )
    }
    return reasons
  }, [graph.principal, target, callRecordId, inputObject, textProblem, errors, source])
}
