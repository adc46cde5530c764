import { findErrors } from '#src/features/schema/validate.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { formatPath } from '#src/lib/json/path.ts'
import { clip, MAX_DETAILS, type ErrorDetail } from './graph-error.ts'

export type Verdict = { valid: true } | { valid: false; message: string; details: ErrorDetail[] }

/**
 * The app's own schema, as Graph's 400 reports it: the first problem in the message, at most MAX_DETAILS of
 * them in `details`, and how many more there are. Validation that gives up (the schema library's recursion
 * on a body with hundreds of thousands of problems) is still a 400, never a 500.
 */
export function validateSession(body: JsonValue): Verdict {
  let issues: ReturnType<typeof findErrors>
  try {
    issues = findErrors(body)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return {
      valid: false,
      message: 'The session has too many invalid values to list; correct the body and send it again.',
      details: [],
    }
  }
  const first = issues[0]
  if (!first) return { valid: true }
  const more = issues.length - MAX_DETAILS
  const head = first.path.length
    ? `Invalid value at ${formatPath(first.path)}: ${first.message}`
    : first.message
  const message =
    clip(head, 600) +
    (more > 0
      ? ` (${issues.length.toLocaleString('en-US')} invalid values: details lists the first ${MAX_DETAILS}, and ${more.toLocaleString('en-US')} more)`
      : '')
  const details = issues.slice(0, MAX_DETAILS).map((issue) => ({
    code: 'invalidRequest',
    message: issue.message,
    target: formatPath(issue.path),
  }))
  return { valid: false, message, details }
}
