import type { GraphClient, GraphRequest, SendOptions } from './graph-client.ts'
import type { GraphResult } from './graph-result.ts'

export interface CreateSessionRequest {
  url: string
  /** As previewed; an Authorization header here (the redacted one) is replaced by the real token. */
  headers: readonly (readonly [string, string])[]
  body: string
  clientRequestId: string
}

/**
 * POST …/callRecords/{id}/sessions, the cmdlet's request: Send's, and each of a bulk run's. Resolves with
 * whatever Graph answered (201 or an error status, after retries); rejects only when there was no answer
 * (GraphSendError). Interactive unless the options say not: a bulk run must not open twenty sign-in windows.
 */
export function createSession(
  client: GraphClient,
  request: CreateSessionRequest,
  options: SendOptions = {},
): Promise<GraphResult> {
  const graphRequest: GraphRequest = {
    method: 'POST',
    url: request.url,
    headers: request.headers.filter(([name]) => name.toLowerCase() !== 'authorization'),
    body: request.body,
    clientRequestId: request.clientRequestId,
  }
  return client.send(graphRequest, { interactive: true, ...options })
}
