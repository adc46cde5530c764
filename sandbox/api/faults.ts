import type { MiddlewareHandler } from 'hono'
import { z } from 'zod'
import type { ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'
import { idProblem } from './graph-ids.ts'

export const faultRequest = z.strictObject({
  status: z.union([z.literal(429), z.literal(503), z.literal(504)]),
  count: z.int().min(1).max(10_000),
  retryAfter: z.int().min(0).max(3600).optional(),
  /** Only requests under this call record fail; others pass untouched. Keeps parallel demos and tests apart. */
  callRecordId: z
    .string()
    .superRefine((id, ctx) => {
      const problem = idProblem(id)
      if (problem) ctx.addIssue({ code: 'custom', message: `The call record id ${problem}` })
    })
    .optional(),
})
export type Fault = z.infer<typeof faultRequest>

const ANSWERS = {
  429: { code: 'activityLimitReached', message: 'The request has been throttled' },
  503: { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Try again later.' },
  504: { code: 'gatewayTimeout', message: 'The gateway did not receive a response in time.' },
} as const

/**
 * A presenter's switch: the next `count` API requests fail with a throttling or outage status. A fault may be
 * scoped to one call record; scoped faults and the global one are kept apart so they never consume each other.
 */
export class FaultState {
  private readonly faults = new Map<string, Fault>()

  /** The most recently set fault still active. */
  get(): Fault | undefined {
    return [...this.faults.values()].at(-1)
  }

  set(fault: Fault): void {
    const key = fault.callRecordId ?? GLOBAL
    this.faults.delete(key)
    this.faults.set(key, { ...fault })
  }

  /** Clears the fault of one call record, or every fault. */
  clear(callRecordId?: string): void {
    if (callRecordId === undefined) this.faults.clear()
    else this.faults.delete(callRecordId)
  }

  /** The fault this request gets, if any; counts it down. */
  take(callRecordId: string | undefined): Fault | undefined {
    const key = callRecordId !== undefined && this.faults.has(callRecordId) ? callRecordId : GLOBAL
    const fault = this.faults.get(key)
    if (!fault) return undefined
    if (fault.count > 1) this.faults.set(key, { ...fault, count: fault.count - 1 })
    else this.faults.delete(key)
    return fault
  }
}

// Call record ids are path segments, so they never contain a slash: a safe key for "every request".
const GLOBAL = '/'

export function injectFaults(state: FaultState): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const fault = state.take(callRecordIdOf(c.req.path))
    if (!fault) return next()
    const { code, message } = ANSWERS[fault.status]
    const headers: Record<string, string> =
      fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }
    return graphError(c, fault.status, code, message, { headers })
  }
}

function callRecordIdOf(path: string): string | undefined {
  const match = /\/communications\/callRecords\/([^/]+)/.exec(path)
  if (!match?.[1]) return undefined
  try {
    return decodeURIComponent(match[1])
  } catch {
    return match[1]
  }
}
