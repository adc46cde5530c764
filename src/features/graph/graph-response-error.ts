import { parseGraphError, type GraphError } from './graph-error.ts'
import type { GraphResult } from './graph-result.ts'

/** A read or delete that Graph answered with an error status; the message is Graph's own. */
export class GraphResponseError extends Error {
  readonly graphError: GraphError | null

  constructor(readonly result: GraphResult) {
    const graphError = parseGraphError(result.text)
    const head = `${result.status} ${result.statusText}`.trim()
    const detail = graphError
      ? `${graphError.code}${graphError.message ? `: ${graphError.message}` : ''}`
      : result.text.slice(0, 300)
    super(detail ? `${head} — ${detail}` : head)
    this.name = 'GraphResponseError'
    this.graphError = graphError
  }
}

/** The result when it succeeded; otherwise throws with Graph's error. */
export function expectOk(result: GraphResult): GraphResult {
  if (!result.ok) throw new GraphResponseError(result)
  return result
}
