import type { Widget } from '#src/features/schema/field-meta.ts'
import { session } from '#src/features/schema/types/session.ts'
import { fieldsOf } from '#src/features/schema/walk.ts'
import { isJsonArray, isJsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { psValue, PS_INDENT } from './ps-value.ts'

export interface PsExpanded {
  /** `$caller = @{…}` and the like: values too long to read inside the command line. */
  variables: string[]
  /** `-Id '…'`, `-IsTest`, `-Caller $caller`… in the body's key order, `-AdditionalProperties` last. */
  parameters: string[]
  notes: string[]
}

// What `[datetime]` parses without losing anything: at most 7 fractional digits, an explicit offset.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$/

function fitsParameter(widget: Widget, value: JsonValue): boolean {
  switch (widget) {
    case 'string':
      return typeof value === 'string'
    case 'dateTime':
      return typeof value === 'string' && DATE_TIME.test(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'enumArray':
      return isJsonArray(value) && value.every((item) => typeof item === 'string')
    case 'object':
      return isJsonObject(value)
    case 'array':
      return isJsonArray(value) && value.every(isJsonObject)
    default:
      return false
  }
}

/** The session's top-level properties as the cmdlet's own parameters (CreateExpanded sets). */
export function psExpanded(body: JsonValue): PsExpanded {
  const declared = new Map(fieldsOf(session).map((entry) => [entry.key, entry.meta]))
  const result: PsExpanded = { variables: [], parameters: [], notes: [] }
  const additional = new Map<string, JsonValue>()
  let misfits = false
  let dates = false
  for (const [key, value] of isJsonObject(body) ? body : []) {
    const meta = declared.get(key)
    // A null cannot be bound to these parameters, and the SDK would leave it out anyway.
    if (meta && value === null) continue
    if (!meta || !fitsParameter(meta.widget, value)) {
      misfits ||= meta !== undefined
      additional.set(key, value)
      continue
    }
    dates ||= meta.widget === 'dateTime'
    if (meta.widget === 'boolean')
      result.parameters.push(value === true ? `-${meta.ps}` : `-${meta.ps}:$false`)
    else result.parameters.push(`-${meta.ps} ${argument(key, value, result.variables)}`)
  }
  if (additional.size > 0) {
    result.parameters.push(
      `-AdditionalProperties ${argument('additionalProperties', additional, result.variables)}`,
    )
  }
  if (dates) {
    result.notes.push(
      '# -StartDateTime and -EndDateTime are [datetime]: the SDK sends the same instant, with 7 fractional digits and your UTC offset.',
    )
  }
  if (misfits) {
    result.notes.push(
      '# Values a typed parameter cannot take exactly as written go through -AdditionalProperties unchanged.',
    )
  }
  return result
}

function argument(name: string, value: JsonValue, variables: string[]): string {
  const text = psValue(value, PS_INDENT)
  if (!text.includes('\n') && text.length <= 60) return text
  variables.push(`$${name} = ${psValue(value)}`)
  return `$${name}`
}
