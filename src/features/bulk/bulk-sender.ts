import { createSession } from '#src/features/graph/create-session.ts'
import type { GraphClient } from '#src/features/graph/graph-client.ts'
import { parseGraphError } from '#src/features/graph/graph-error.ts'
import { GraphSendError, type GraphResult } from '#src/features/graph/graph-result.ts'
import type { RequestTarget } from '#src/features/open-draft/request-target.ts'
import { buildRequest, type RequestDraft } from '#src/features/request/build-request.ts'
import { isJsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { uuidV4 } from '#src/lib/uuid-v4.ts'
import type { BulkOutcome, BulkSend } from './bulk-outcome.ts'

export interface BulkSenderOptions {
  client: GraphClient
  target: RequestTarget
  /** The parameter set and ids of the current draft; each send has its own body. */
  draft: Omit<RequestDraft, 'body' | 'bodyTextProblem'>
  bodyFor: (index: number) => JsonValue
  newId?: () => string
}

/**
 * One bulk send: the request built as Send builds it, with its own client-request-id, through the Graph
 * client (which retries 429/503/504 after Retry-After). No sign-in window opens mid-run: a 401 or a missing
 * token ends the run instead.
 */
export function createBulkSender({
  client,
  target,
  draft,
  bodyFor,
  newId = uuidV4,
}: BulkSenderOptions): BulkSend {
  return async (index, signal, report) => {
    const clientRequestId = newId()
    const request = buildRequest(
      { ...draft, body: bodyFor(index), bodyTextProblem: null },
      target,
      clientRequestId,
    )
    const base = { index, clientRequestId, requestId: null }
    const blocker = request.blockers[0]
    if (blocker) {
      return {
        ...base,
        ok: false,
        status: null,
        code: null,
        message: blocker.message,
        stop: blocker.kind === 'target',
      }
    }
    try {
      const result = await createSession(
        client,
        { url: request.url, headers: request.headers, body: request.body, clientRequestId },
        {
          signal,
          interactive: false,
          onProgress: (progress) => {
            if (progress.phase === 'waiting')
              report({ kind: 'throttled', ms: progress.ms, status: progress.status })
          },
        },
      )
      return outcomeOf(index, clientRequestId, result)
    } catch (error) {
      if (!(error instanceof GraphSendError)) throw error
      const message =
        error.kind === 'aborted'
          ? 'Cancelled while in flight; the target may still have stored it.'
          : error.message
      return { ...base, ok: false, status: null, code: null, message, stop: error.kind === 'token' }
    }
  }
}

function outcomeOf(index: number, clientRequestId: string, result: GraphResult): BulkOutcome {
  const { status } = result
  if (result.ok) {
    const parsed = parseJson(result.text)
    const id = parsed.ok && isJsonObject(parsed.value) ? parsed.value.get('id') : undefined
    return {
      ok: true,
      index,
      status,
      sessionId: typeof id === 'string' ? id : null,
      requestId: result.requestId,
      clientRequestId,
    }
  }
  const error = parseGraphError(result.text)
  const requestId = result.requestId ?? error?.innerError?.['request-id'] ?? null
  const message = error?.message ?? (result.text.slice(0, 200) || result.statusText)
  return {
    ok: false,
    index,
    status,
    code: error?.code ?? null,
    message: status === 401 ? `${message} Sign in again, then send the rest.` : message,
    requestId,
    clientRequestId,
    stop: status === 401,
  }
}
