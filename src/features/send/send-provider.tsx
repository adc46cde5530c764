import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import { createSession } from '#src/features/graph/create-session.ts'
import type { GraphProgress } from '#src/features/graph/graph-client.ts'
import { useGraph } from '#src/features/graph/graph-context.ts'
import { GraphSendError } from '#src/features/graph/graph-result.ts'
import { sessionsQueryKey } from '#src/features/graph/list-sessions.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useValidationStore } from '#src/features/open-draft/validation-context.tsx'
import { buildRequest, type BuiltRequest } from '#src/features/request/build-request.ts'
import { useRequestIdStore } from '#src/features/request/request-id-context.ts'
import { useRequestTarget } from '#src/features/request/request-target-context.ts'
import { sendBlockers } from './send-blockers.ts'
import { SendContext, type Send, type SendRun, type SentRequest } from './send-context.ts'

interface Variables {
  sent: SentRequest
  built: BuiltRequest
  controller: AbortController
}

/**
 * One send at a time, as a TanStack mutation. The request is built from the draft at the moment of the click
 * with the client-request-id the preview showed (which then moves on), so what was previewed is what went out.
 */
export function SendProvider({ children }: { children: ReactNode }) {
  const graph = useGraph()
  const draft = useDraftStore()
  const validation = useValidationStore()
  const ids = useRequestIdStore()
  const target = useRequestTarget()
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState<{ progress: GraphProgress | null; at: number }>({
    progress: null,
    at: 0,
  })
  // A ref, not state: a double click lands twice before React re-renders.
  const current = useRef<AbortController | null>(null)

  const mutation = useMutation({
    mutationKey: ['send'],
    mutationFn: ({ built, sent, controller }: Variables) =>
      createSession(
        graph.client,
        { url: built.url, headers: built.headers, body: built.body, clientRequestId: sent.clientRequestId },
        {
          signal: controller.signal,
          onProgress: (next) => {
            setProgress({ progress: next, at: Date.now() })
          },
        },
      ),
    onSuccess: async (result, { sent }) => {
      if (result.ok)
        await queryClient.invalidateQueries({ queryKey: sessionsQueryKey(graph, sent.callRecordId) })
    },
    onSettled: (_data, _error, { controller }) => {
      if (current.current === controller) current.current = null
    },
  })
  const { mutate } = mutation

  const send = useCallback(() => {
    if (current.current) return
    draft.flushPending()
    const built = buildRequest(draft.getState(), target, ids.current())
    const { callRecordId } = built
    if (callRecordId === null || sendBlockers(built, validation.current().errors.length).length > 0) return
    // The id the preview showed goes out with this send; the preview moves on to a fresh one.
    const clientRequestId = ids.consume()
    const controller = new AbortController()
    current.current = controller
    setProgress({ progress: null, at: Date.now() })
    const sent: SentRequest = {
      method: 'POST',
      url: built.url,
      callRecordId,
      clientRequestId,
      bytes: built.bytes,
      startedAt: Date.now(),
    }
    mutate({ built, sent, controller })
  }, [draft, target, ids, validation, mutate])

  const cancel = useCallback(() => {
    current.current?.abort()
  }, [])

  const run = useMemo((): SendRun => {
    const sent = mutation.variables?.sent
    if (!sent || mutation.isIdle) return { status: 'idle' }
    if (mutation.isPending)
      return { status: 'pending', request: sent, progress: progress.progress, progressAt: progress.at }
    if (mutation.isSuccess) return { status: 'answered', request: sent, result: mutation.data }
    const error = mutation.error
    return error instanceof GraphSendError
      ? {
          status: 'failed',
          request: sent,
          message: error.message,
          kind: error.kind,
          attempts: error.attempts,
          durationMs: error.durationMs,
        }
      : {
          status: 'failed',
          request: sent,
          message: error instanceof Error ? error.message : 'The send failed.',
          kind: 'unknown',
          attempts: [],
          durationMs: null,
        }
  }, [
    mutation.variables,
    mutation.isIdle,
    mutation.isPending,
    mutation.isSuccess,
    mutation.data,
    mutation.error,
    progress,
  ])

  const value = useMemo<Send>(() => ({ run, send, cancel }), [run, send, cancel])
  return <SendContext value={value}>{children}</SendContext>
}
