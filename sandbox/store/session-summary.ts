import { pickMembers } from './json-members.ts'

/** The session's text without its segments: what a list or GET without `$expand=segments` returns. */
export function summaryOf(body: string): string {
  return pickMembers(body, (name) => name !== 'segments')
}
