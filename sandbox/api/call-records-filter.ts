import type { CallRecordFilter } from '../store/call-record-store.ts'

export type FilterResult = { ok: true; filter: CallRecordFilter } | { ok: false; message: string }

const SUPPORTED =
  "Only startDateTime (ge, gt, le, lt) and participants_v2/any(p:p/id eq '…'), joined by 'and', are supported on callRecords."
// An OData DateTimeOffset literal. A '+' offset arrives as a space when a client leaves it unencoded.
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,12})?)?(Z|[+ -]\d\d:\d\d)$/i
const COMPARISON = /^startDateTime\s+(ge|gt|le|lt)\s+(\S+(?: \d\d:\d\d)?)$/i
const PARTICIPANT = /^participants_v2\/any\(\s*(\w+)\s*:\s*(\w+)\/id\s+eq\s+'((?:[^']|'')*)'\s*\)$/i

/**
 * The `$filter` Graph documents for listing call records: `startDateTime ge … and startDateTime lt …` and
 * `participants_v2/any(p:p/id eq '…')`. Anything else is a 400 that says what is supported.
 */
export function parseCallRecordFilter(text: string | undefined): FilterResult {
  const filter: CallRecordFilter = {}
  if (text === undefined) return { ok: true, filter }
  const clauses = text.trim() === '' ? [] : text.trim().split(/\s+and\s+/i)
  if (clauses.length === 0) return invalid('The $filter expression is empty.')
  for (const clause of clauses) {
    const trimmed = clause.trim()
    const comparison = COMPARISON.exec(trimmed)
    if (comparison) {
      const [, op = '', literal = ''] = comparison
      if (!DATE_TIME.test(literal))
        return invalid(`'${literal}' is not a DateTimeOffset literal such as 2024-01-31T09:00:00Z.`)
      const ms = Date.parse(literal.replace(' ', '+'))
      if (Number.isNaN(ms)) return invalid(`'${literal}' is not a valid date and time.`)
      const bound = { ms, inclusive: op.toLowerCase().endsWith('e') }
      const side = op.toLowerCase().startsWith('g') ? 'startFrom' : 'startUntil'
      if (filter[side]) return invalid(`startDateTime is bounded twice on the same side. ${SUPPORTED}`)
      filter[side] = bound
      continue
    }
    const participant = PARTICIPANT.exec(trimmed)
    if (participant && participant[1] === participant[2]) {
      if (filter.participantId !== undefined)
        return invalid(`Only one participant can be filtered on. ${SUPPORTED}`)
      filter.participantId = (participant[3] ?? '').replaceAll("''", "'")
      continue
    }
    return invalid(`'${trimmed}' is not supported. ${SUPPORTED}`)
  }
  return { ok: true, filter }
}

function invalid(reason: string): FilterResult {
  return { ok: false, message: `Invalid filter clause: ${reason}` }
}
