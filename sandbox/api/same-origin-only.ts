import type { MiddlewareHandler } from 'hono'
import type { ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'

// What a browser says about where a request comes from (Fetch Metadata): the page's own origin, or the user
// (typed address, bookmark). `same-site` is refused too: another app on localhost, any port, is same-site.
const ACCEPTED_SITES = new Set(['same-origin', 'none'])

/**
 * Refuses requests that a page on another origin made: a browser marks them with `Sec-Fetch-Site` and
 * `Origin`, which pages cannot forge. Tools such as curl send neither and are let through; the sandbox's own
 * pages send this origin. Without this, any web page could switch the presenter's sandbox into fault mode
 * with a form post.
 */
export function sameOriginOnly(origin: string): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const site = c.req.header('Sec-Fetch-Site')
    const from = c.req.header('Origin')
    if (
      (site !== undefined && !ACCEPTED_SITES.has(site.toLowerCase())) ||
      (from !== undefined && from !== origin)
    ) {
      return graphError(
        c,
        403,
        'accessDenied',
        `The presenter tools answer pages of ${origin} and tools such as curl, not requests from other sites.`,
      )
    }
    return next()
  }
}
