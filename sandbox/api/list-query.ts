import { z } from 'zod'
import { session } from '#src/features/schema/types/session.ts'
import type { OptionRules } from './odata-options.ts'

/** Graph's page size for sessions: "at most 60" (Prefer: odata.maxpagesize). */
export const MAX_PAGE_SIZE = 60
/**
 * A page also stops before its sessions' text passes 4 MB, Graph's write limit (it always holds one session):
 * a list of large sessions is paged by `@odata.nextLink` instead of being built in memory whole.
 */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024

const NAVIGATION = ['segments']
const PROPERTIES = Object.keys(session.shape)

/** GET …/sessions/{id}: `$select` and `$expand=segments`. */
export const SESSION_OPTIONS: OptionRules = {
  type: 'microsoft.graph.callRecords.session',
  select: PROPERTIES,
  expand: NAVIGATION,
}

/** GET …/sessions: the same, and paging by `$top` and `$skiptoken`. */
export const SESSIONS_OPTIONS: OptionRules = { ...SESSION_OPTIONS, top: true, skipToken: true }

const skipToken = z.object({ before: z.int().positive() })

export function encodeSkipToken(before: number): string {
  return Buffer.from(JSON.stringify({ before })).toString('base64url')
}

export function decodeSkipToken(token: string): number | undefined {
  try {
    const parsed = skipToken.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')))
    return parsed.success ? parsed.data.before : undefined
  } catch {
    return undefined
  }
}
