import { getPath } from 'hono/utils/url'

// Graph matches the names in its URLs without regard to case (`/BETA/Communications/CallRecords/{id}/Sessions`
// reaches the same resource); keys keep theirs. The sandbox routes on the spelling of the docs, so the names are
// put back into that spelling before routing, and the ids are left exactly as sent.
const COLLECTION = /^\/beta\/communications\/callrecords(?=\/|$)/i
const SESSIONS = /^(\/beta\/communications\/callRecords\/[^/]+)\/sessions(?=\/|$)/i

/** The request's path with Graph's segment names in the docs' spelling: what the routes are written against. */
export function canonicalGraphPath(path: string): string {
  return path.replace(COLLECTION, '/beta/communications/callRecords').replace(SESSIONS, '$1/sessions')
}

/** Hono's path reader, then `canonicalGraphPath`. */
export function graphRoutingPath(request: Request): string {
  return canonicalGraphPath(getPath(request))
}
