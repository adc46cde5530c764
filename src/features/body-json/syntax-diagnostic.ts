import type { Diagnostic } from '@codemirror/lint'
import type { BodyTextProblem } from '#src/features/parameter-sets/body-text.ts'

/** The parser's reason without the "(line …, column …)" that `textToBody` appends: the editor says it first. */
function problemReason(problem: BodyTextProblem): string {
  return problem.message.replace(/ \(line \d+, column \d+\)$/, '')
}

/** "Line 3, column 27: Trailing comma before ]", as the status line and the diagnostic say it. */
export function problemSummary(problem: BodyTextProblem): string {
  const reason = problemReason(problem)
  return problem.line === undefined
    ? reason
    : `Line ${problem.line}, column ${problem.column ?? 1}: ${reason}`
}

const WORD = /[\w$.+-]/

/** The syntax error as a lint diagnostic: the offending word (`tru`, `NaN`) or character, or a point at a line end. */
export function syntaxDiagnostic(problem: BodyTextProblem, text: string): Diagnostic {
  const from = Math.min(Math.max(problem.offset ?? 0, 0), text.length)
  let to = from
  if (WORD.test(text[from] ?? '')) while (to < text.length && WORD.test(text[to] ?? '')) to++
  else if (from < text.length && text[from] !== '\n' && text[from] !== '\r') to = from + 1
  return { from, to, severity: 'error', source: 'JSON syntax', message: problemSummary(problem) }
}
