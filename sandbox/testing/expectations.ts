import { expect } from 'vitest'
import { z } from 'zod'
import type { TestResponse } from './https-request.ts'

const errorBody = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    details: z
      .array(z.strictObject({ code: z.string(), message: z.string(), target: z.string() }))
      .optional(),
    innerError: z.strictObject({
      date: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
      'request-id': z.string(),
      'client-request-id': z.string(),
    }),
  }),
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Graph's stamps on every response: a fresh request-id, the client-request-id, a Date. */
export function expectRequestIds(res: TestResponse, clientRequestId?: string): void {
  expect(res.headers['request-id']).toMatch(UUID)
  if (clientRequestId) expect(res.headers['client-request-id']).toBe(clientRequestId)
  else expect(res.headers['client-request-id']).toMatch(UUID)
  expect(Date.parse(res.headers.date ?? '')).toBeGreaterThan(Date.now() - 60_000)
}

/** A Graph-shaped error with this status and code; its innerError agrees with the headers. */
export function expectGraphError(res: TestResponse, status: number, code: string) {
  expect(res.status, res.text).toBe(status)
  expectRequestIds(res, res.headers['client-request-id']?.toString())
  const { error } = errorBody.parse(JSON.parse(res.text))
  expect(error.code).toBe(code)
  expect(error.innerError['request-id']).toBe(res.headers['request-id'])
  expect(error.innerError['client-request-id']).toBe(res.headers['client-request-id'])
  return error
}
