import type { Diagnostic } from '@codemirror/lint'
import type { Issue } from '#src/features/schema/validate.ts'
import { formatPath } from '#src/lib/json/path.ts'
import { locatePaths } from './locate-paths.ts'

const SOURCE = { error: 'Graph would reject this', warning: 'Implausible, sendable' } as const

/**
 * Schema errors and warnings as lint diagnostics on the text they were found in (valid JSON). An issue on an
 * object or array, or on a key that is missing, marks only the opening bracket: underlining a whole segment
 * (hundreds of lines) would hide every other mark inside it.
 */
export function schemaDiagnostics(text: string, issues: readonly Issue[]): Diagnostic[] {
  if (issues.length === 0) return []
  const spans = locatePaths(
    text,
    issues.map((issue) => issue.path),
  )
  return issues.map((issue, index) => {
    const span = spans[index] ?? { from: 0, to: 0, exact: false }
    const opening = text[span.from] === '{' || text[span.from] === '['
    return {
      from: span.from,
      to: opening || !span.exact ? Math.min(span.from + 1, span.to) : span.to,
      severity: issue.severity,
      source: SOURCE[issue.severity],
      message: `${formatPath(issue.path)}: ${issue.message}`,
    }
  })
}
