import { isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { toPlain } from '#src/lib/json/plain.ts'
import { session } from './types/session.ts'

export interface Issue {
  path: JsonPath
  message: string
  severity: 'error' | 'warning'
}

/** What Graph would reject. Errors block sending. */
export function findErrors(body: JsonValue): Issue[] {
  if (!isJsonObject(body)) {
    return [{ path: [], message: 'The body must be a JSON object (a session)', severity: 'error' }]
  }
  const result = session.safeParse(toPlain(body))
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    message: issue.message,
    severity: 'error',
  }))
}
