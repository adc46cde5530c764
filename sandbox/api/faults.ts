import type { MiddlewareHandler } from 'hono'
import { z } from 'zod'
import type { ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'

export const faultRequest = z.strictObject({
  status: z.union([z.literal(429), z.literal(503), z.literal(504)]),
  count: z.int().min(1).max(10_000),
  retryAfter: z.int().min(0).max(3600).optional(),
})
export type Fault = z.infer<typeof faultRequest>

const ANSWERS = {
  429: { code: 'activityLimitReached', message: 'The request has been throttled' },
  503: { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Try again later.' },
  504: { code: 'gatewayTimeout', message: 'The gateway did not receive a response in time.' },
} as const

/** A presenter's switch: the next `count` API requests fail with a throttling or outage status. */
export class FaultState {
  private current: Fault | undefined

  get(): Fault | undefined {
    return this.current
  }

  set(fault: Fault): void {
    this.current = { ...fault }
  }

  clear(): void {
    this.current = undefined
  }

  /** The fault this request gets, if any; counts it down. */
  take(): Fault | undefined {
    const fault = this.current
    if (!fault) return undefined
    this.current = fault.count > 1 ? { ...fault, count: fault.count - 1 } : undefined
    return fault
  }
}

export function injectFaults(state: FaultState): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const fault = state.take()
    if (!fault) return next()
    const { code, message } = ANSWERS[fault.status]
    const headers: Record<string, string> =
      fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }
    return graphError(c, fault.status, code, message, { headers })
  }
}
