import { createContext, use } from 'react'
import type { GraphProgress } from '#src/features/graph/graph-client.ts'
import type { GraphResult } from '#src/features/graph/graph-result.ts'

/** What went out (the token is never part of it). */
export interface SentRequest {
  method: 'POST'
  url: string
  callRecordId: string
  clientRequestId: string
  bytes: number
  startedAt: number
}

export type SendRun =
  | { status: 'idle' }
  | { status: 'pending'; request: SentRequest; progress: GraphProgress | null; progressAt: number }
  | { status: 'answered'; request: SentRequest; result: GraphResult }
  | {
      status: 'failed'
      request: SentRequest
      message: string
      kind: 'aborted' | 'timeout' | 'network' | 'token' | 'unknown'
      attempts: GraphResult['attempts']
      durationMs: number | null
    }

export interface Send {
  run: SendRun
  /** Sends the draft as it is now; ignored while a send is in flight or when it is blocked. */
  send: () => void
  cancel: () => void
}

export const SendContext = createContext<Send | null>(null)

export function useSend(): Send {
  const send = use(SendContext)
  if (!send) throw new Error('useSend needs a <SendProvider>')
  return send
}
