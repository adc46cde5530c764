import type { JsonPath } from '../../../lib/json/json-value.ts'
import type { FieldMeta } from '../../schema/field-meta.ts'

export interface WidgetProps {
  id: string
  path: JsonPath
  meta: FieldMeta
  /** The declared keys of the parent type, so a new key lands in its declared place. */
  order: readonly string[]
}
