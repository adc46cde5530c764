import { z } from 'zod'

/** Graph's page size for sessions: "at most 60" (Prefer: odata.maxpagesize). */
export const MAX_PAGE_SIZE = 60

export interface ListQuery {
  expandSegments: boolean
  /** As requested, for the next link; the page size is min(top, MAX_PAGE_SIZE). */
  top: number | undefined
  before: number | undefined
}

export type QueryResult = { ok: true; query: ListQuery } | { ok: false; message: string }

const skipToken = z.object({ before: z.int().positive() })

export function parseExpand(
  expand: string | undefined,
): { ok: true; expandSegments: boolean } | { ok: false; message: string } {
  if (expand === undefined) return { ok: true, expandSegments: false }
  const names = expand.split(',').map((name) => name.trim())
  const unknown = names.find((name) => name !== 'segments')
  if (unknown !== undefined) {
    return {
      ok: false,
      message: `Parsing OData Select and Expand failed: Could not find a property named '${unknown}' on type 'microsoft.graph.callRecords.session'.`,
    }
  }
  return { ok: true, expandSegments: true }
}

export function parseListQuery(params: URLSearchParams): QueryResult {
  const expand = parseExpand(params.get('$expand') ?? undefined)
  if (!expand.ok) return expand
  const topText = params.get('$top')
  if (topText !== null && !/^\d{1,9}$/.test(topText)) {
    return {
      ok: false,
      message: `Invalid value '${topText}' for $top query option found. It must be a non-negative integer.`,
    }
  }
  const tokenText = params.get('$skiptoken')
  let before: number | undefined
  if (tokenText !== null) {
    const decoded = decodeSkipToken(tokenText)
    if (decoded === undefined) return { ok: false, message: 'The $skiptoken is not valid.' }
    before = decoded
  }
  const top = topText === null ? undefined : Number(topText)
  return { ok: true, query: { expandSegments: expand.expandSegments, top, before } }
}

export function encodeSkipToken(before: number): string {
  return Buffer.from(JSON.stringify({ before })).toString('base64url')
}

function decodeSkipToken(token: string): number | undefined {
  try {
    const parsed = skipToken.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')))
    return parsed.success ? parsed.data.before : undefined
  } catch {
    return undefined
  }
}
