import type { JsonPath } from '#src/lib/json/json-value.ts'

/** A DOM id for the input of a body path, so the issue summary can link to it. */
export function fieldId(path: JsonPath): string {
  return `field:${path.map((segment) => encodeURIComponent(String(segment))).join('/')}`
}
