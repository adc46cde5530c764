import type { FieldMeta } from '#src/features/schema/field-meta.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'

export interface WidgetProps {
  id: string
  path: JsonPath
  meta: FieldMeta
  /** The declared keys of the parent type, so a new key lands in its declared place. */
  order: readonly string[]
}
