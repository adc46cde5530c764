import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BulkEvent, BulkFailure, BulkOutcome } from './bulk-outcome.ts'
import { BulkRunner } from './bulk-runner.ts'

interface Call {
  index: number
  signal: AbortSignal
  report: (event: BulkEvent) => void
  settle: (outcome: BulkOutcome) => void
}

/** A fake client: every send waits until the test settles it. */
function fakeSends() {
  const calls: Call[] = []
  const send = (index: number, signal: AbortSignal, report: (event: BulkEvent) => void) =>
    new Promise<BulkOutcome>((resolve) => {
      calls.push({ index, signal, report, settle: resolve })
    })
  return { calls, send }
}

const created = (index: number): BulkOutcome => ({
  ok: true,
  index,
  status: 201,
  sessionId: `s${index}`,
  requestId: `r${index}`,
  clientRequestId: `c${index}`,
})
const failed = (index: number, status: number, stop = false): BulkFailure => ({
  ok: false,
  index,
  status,
  code: 'BadRequest',
  message: `Refused ${index}`,
  requestId: `r${index}`,
  clientRequestId: `c${index}`,
  stop,
})

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('BulkRunner', () => {
  it('sends each index once, at most `concurrency` at a time, counting progress and failures', async () => {
    const { calls, send } = fakeSends()
    const runner = new BulkRunner(5, 2, send)
    const progress: string[] = []
    runner.subscribe(() => {
      const s = runner.getSnapshot()
      progress.push(`${s.created.length + s.failed.length}/${s.total}`)
    })
    runner.start()
    expect(calls.map((c) => c.index)).toEqual([0, 1])
    calls[1]?.settle(failed(1, 400))
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.map((c) => c.index)).toEqual([0, 1, 2])
    for (const index of [0, 2, 3, 4]) {
      calls.find((c) => c.index === index)?.settle(created(index))
      await vi.advanceTimersByTimeAsync(0)
    }
    const done = runner.getSnapshot()
    expect(done).toMatchObject({ status: 'done', started: 5, inFlight: 0 })
    expect(done.created.map((o) => o.index)).toEqual([0, 2, 3, 4])
    expect(done.failed).toEqual([failed(1, 400)])
    expect(calls.map((c) => c.index).sort()).toEqual([0, 1, 2, 3, 4])
    expect(progress.at(-1)).toBe('5/5')
    expect(progress).toContain('3/5')
  })

  it('pauses (those in flight finish, nothing new starts) and resumes where it stopped', async () => {
    const { calls, send } = fakeSends()
    const runner = new BulkRunner(4, 2, send)
    runner.start()
    runner.pause()
    calls[0]?.settle(created(0))
    calls[1]?.settle(created(1))
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls).toHaveLength(2)
    expect(runner.getSnapshot()).toMatchObject({ status: 'paused', inFlight: 0 })
    runner.resume()
    expect(calls.map((c) => c.index)).toEqual([0, 1, 2, 3])
  })

  it('cancels: aborts what is in flight and never sends the rest', async () => {
    const { calls, send } = fakeSends()
    const runner = new BulkRunner(20, 3, send)
    runner.start()
    calls[0]?.settle(created(0))
    await vi.advanceTimersByTimeAsync(0)
    runner.cancel()
    expect(calls.filter((c) => c.signal.aborted).map((c) => c.index)).toEqual([1, 2, 3])
    expect(runner.getSnapshot()).toMatchObject({ status: 'cancelled', inFlight: 3, endedAt: null })
    for (const call of calls.slice(1))
      call.settle({ ...failed(call.index, 0), status: null, message: 'Cancelled' })
    await vi.advanceTimersByTimeAsync(0)
    runner.resume()
    expect(calls).toHaveLength(4)
    expect(runner.getSnapshot()).toMatchObject({ status: 'cancelled', inFlight: 0, started: 4 })
    expect(runner.getSnapshot().endedAt).not.toBeNull()
  })

  it('stops at a 401 and holds new sends back while throttled', async () => {
    const { calls, send } = fakeSends()
    const runner = new BulkRunner(10, 1, send)
    runner.start()
    calls[0]?.report({ kind: 'throttled', ms: 5000, status: 429 })
    calls[0]?.settle(created(0))
    await vi.advanceTimersByTimeAsync(4999)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(2)
    calls[1]?.settle(failed(1, 401, true))
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toHaveLength(2)
    expect(runner.getSnapshot()).toMatchObject({ status: 'stopped', stopReason: 'Refused 1', started: 2 })
  })
})
