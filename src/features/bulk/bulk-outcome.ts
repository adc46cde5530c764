/** How one send of a bulk run ended. */
export type BulkOutcome =
  | {
      ok: true
      index: number
      status: number
      sessionId: string | null
      requestId: string | null
      clientRequestId: string
    }
  | {
      ok: false
      index: number
      /** Null when there was no answer (cancelled, network, no token). */
      status: number | null
      code: string | null
      message: string
      requestId: string | null
      clientRequestId: string
      /** The rest of the run would fail the same way (401, no token): stop. */
      stop: boolean
    }

export type BulkFailure = Extract<BulkOutcome, { ok: false }>
export type BulkSuccess = Extract<BulkOutcome, { ok: true }>

/** Something the runner should know while a send is still going. */
export interface BulkEvent {
  kind: 'throttled'
  /** How long the client waits before its retry (Retry-After or its back-off). */
  ms: number
  status: number
}

export type BulkSend = (
  index: number,
  signal: AbortSignal,
  report: (event: BulkEvent) => void,
) => Promise<BulkOutcome>
