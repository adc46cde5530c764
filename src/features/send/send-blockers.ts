import { validationBlocker, type BuiltRequest } from '#src/features/request/build-request.ts'

/**
 * Why Send is not possible right now, in the words the user needs: the cmdlet's own error for a missing
 * target, the BodyParameter text problem, the 4 MB limit, and the errors Graph would reject. Warnings
 * never block: a tester may send an implausible session on purpose.
 */
export function sendBlockers(request: BuiltRequest, validationErrors: number): string[] {
  const reasons = request.blockers.map((blocker) => blocker.message)
  const invalid = validationBlocker(validationErrors, request)
  if (invalid) reasons.push(invalid)
  return reasons
}
