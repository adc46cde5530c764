import { findErrorsBounded } from '#src/features/schema/validate.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { formatPath } from '#src/lib/json/path.ts'
import { clip, MAX_DETAILS, type ErrorDetail } from './graph-error.ts'

export type Verdict = { valid: true } | { valid: false; message: string; details: ErrorDetail[] }

/**
 * The app's own model, as Graph's 400 reports it, always strictly ("Allow properties this app doesn't know" is
 * the app's setting, not Graph's). Graph's reader stops at the first problem, so the message is the first one,
 * in Graph's own words where the app knows them (an undeclared property on a closed type, a null the type does
 * not allow, an abstract type); `details` lists at most MAX_DETAILS and the message counts the rest.
 */
export function validateSession(body: JsonValue): Verdict {
  const { errors, total } = findErrorsBounded(body, { limit: MAX_DETAILS })
  const first = errors[0]
  if (!first) return { valid: true }
  const more = total - errors.length
  const head =
    first.graph ??
    (first.path.length ? `Invalid value at ${formatPath(first.path)}: ${first.message}` : first.message)
  const message =
    clip(head, 600) +
    (more > 0
      ? ` (${total.toLocaleString('en-US')} invalid values: details lists the first ${errors.length}, and ${more.toLocaleString('en-US')} more)`
      : '')
  const details = errors.map((issue) => ({
    code: 'invalidRequest',
    message: clip(issue.graph ?? issue.message, 600),
    target: formatPath(issue.path),
  }))
  return { valid: false, message, details }
}
