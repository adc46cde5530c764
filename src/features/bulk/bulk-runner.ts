import { Store } from '#src/lib/store/store.ts'
import type { BulkEvent, BulkFailure, BulkOutcome, BulkSend, BulkSuccess } from './bulk-outcome.ts'

export type BulkStatus = 'running' | 'paused' | 'cancelled' | 'stopped' | 'done'

export interface BulkSnapshot {
  status: BulkStatus
  total: number
  /** Sends started: each index is started at most once, whatever pause, resume or cancel do. */
  started: number
  inFlight: number
  created: readonly BulkSuccess[]
  failed: readonly BulkFailure[]
  /** While throttled: no new send starts before this time (epoch ms). */
  holdUntil: number | null
  stopReason: string | null
  startedAt: number
  endedAt: number | null
}

export const MAX_CONCURRENCY = 4

/**
 * Sends `total` requests, at most `concurrency` at a time. Pause stops starting new ones (those in flight
 * finish); cancel aborts those in flight and starts nothing more; a 401 or a missing token stops the run.
 * A throttled send (429/503/504, retried by the client after Retry-After) holds back new sends for as long.
 */
export class BulkRunner extends Store<BulkSnapshot> {
  private readonly active = new Map<number, AbortController>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly concurrency: number

  constructor(
    total: number,
    concurrency: number,
    private readonly send: BulkSend,
    private readonly now: () => number = Date.now,
  ) {
    super({
      status: 'running',
      total,
      started: 0,
      inFlight: 0,
      created: [],
      failed: [],
      holdUntil: null,
      stopReason: null,
      startedAt: now(),
      endedAt: null,
    })
    this.concurrency = Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(concurrency)))
  }

  private get snapshot(): BulkSnapshot {
    return this.getSnapshot()
  }

  start(): void {
    this.pump()
  }

  pause(): void {
    if (this.snapshot.status === 'running') this.update({ status: 'paused' })
  }

  resume(): void {
    if (this.snapshot.status !== 'paused') return
    this.update({ status: 'running' })
    this.pump()
  }

  cancel(): void {
    if (this.snapshot.status !== 'running' && this.snapshot.status !== 'paused') return
    clearTimeout(this.timer)
    this.update({ status: 'cancelled' })
    this.active.forEach((controller) => {
      controller.abort()
    })
    this.settleIfIdle()
  }

  private pump(): void {
    clearTimeout(this.timer)
    if (this.snapshot.status !== 'running') return
    const hold = this.snapshot.holdUntil
    if (hold !== null && hold > this.now()) {
      this.timer = setTimeout(() => {
        this.pump()
      }, hold - this.now())
      return
    }
    if (hold !== null) this.update({ holdUntil: null })
    while (this.active.size < this.concurrency && this.snapshot.started < this.snapshot.total) {
      this.dispatch(this.snapshot.started)
    }
    if (this.active.size === 0 && this.snapshot.started >= this.snapshot.total)
      this.update({ status: 'done', endedAt: this.now() })
  }

  private dispatch(index: number): void {
    const controller = new AbortController()
    this.active.set(index, controller)
    this.update({ started: index + 1, inFlight: this.active.size })
    const report = (event: BulkEvent) => {
      const until = this.now() + event.ms
      if (this.snapshot.holdUntil === null || until > this.snapshot.holdUntil)
        this.update({ holdUntil: until })
    }
    void this.send(index, controller.signal, report)
      .catch((error: unknown): BulkOutcome => ({
        ok: false,
        index,
        status: null,
        code: null,
        message: error instanceof Error ? error.message : String(error),
        requestId: null,
        clientRequestId: '',
        stop: false,
      }))
      .then((outcome) => {
        this.active.delete(index)
        this.record(outcome)
        this.pump()
        this.settleIfIdle()
      })
  }

  private record(outcome: BulkOutcome): void {
    const { created, failed } = this.snapshot
    if (outcome.ok) {
      this.update({ created: [...created, outcome], inFlight: this.active.size })
      return
    }
    this.update({ failed: [...failed, outcome], inFlight: this.active.size })
    if (outcome.stop && (this.snapshot.status === 'running' || this.snapshot.status === 'paused')) {
      clearTimeout(this.timer)
      this.update({ status: 'stopped', stopReason: outcome.message })
    }
  }

  private settleIfIdle(): void {
    const { status, endedAt } = this.snapshot
    if (this.active.size === 0 && endedAt === null && (status === 'cancelled' || status === 'stopped')) {
      this.update({ endedAt: this.now() })
    }
  }

  private update(patch: Partial<BulkSnapshot>): void {
    this.set({ ...this.snapshot, ...patch })
  }
}
