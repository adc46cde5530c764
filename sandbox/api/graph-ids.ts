import type { MiddlewareHandler } from 'hono'
import type { ApiEnv } from './api-env.ts'
import { clip, graphError } from './graph-error.ts'

/** Longer keys are refused: every id ends up in a URL, a Location header and error messages. */
export const MAX_ID_LENGTH = 256

// C0 and C1 control characters, and a UTF-16 surrogate without its partner (not encodable in a URL).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * Why `id` cannot be a key that a client can address again (GET, DELETE, the Location header), or
 * undefined when it can. `.` and `..` are dropped from a URL by every client (RFC 3986 dot segments).
 */
export function idProblem(id: string): string | undefined {
  if (id === '') return 'must not be empty'
  if (id === '.' || id === '..') return `cannot be '${id}': URLs resolve it away as a path segment`
  if (id.length > MAX_ID_LENGTH) {
    return `is ${id.length.toLocaleString('en-US')} characters long; at most ${MAX_ID_LENGTH} are allowed`
  }
  if (CONTROL.test(id)) return 'must not contain control characters'
  if (LONE_SURROGATE.test(id)) return 'is not well-formed Unicode (a lone surrogate)'
  return undefined
}

/** An id as error messages show it: quoted, and cut short. */
export function shownId(id: string): string {
  return `'${clip(id, 64)}'`
}

/** Refuses a request whose path keys (`:callRecordId`, `:sessionId`, …) cannot be addressed. */
export function addressableKeys(names: Record<string, string>): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    for (const [param, what] of Object.entries(names)) {
      const value = c.req.param(param)
      const problem = value === undefined ? undefined : idProblem(value)
      if (problem) return graphError(c, 400, 'BadRequest', `The ${what} ${problem}.`)
    }
    return next()
  }
}
