import type { KeyboardEvent } from 'react'
import type { FieldMeta } from '#src/features/schema/field-meta.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'

/** Alt+N sets an explicit null (where Graph allows it); Alt+U removes the property from the body. */
export function fieldKeyCommands(meta: FieldMeta, write: (value: JsonValue | undefined) => void) {
  return (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return
    const key = event.key.toLowerCase()
    if (key === 'n' && meta.nullable) {
      event.preventDefault()
      write(null)
    } else if (key === 'u') {
      event.preventDefault()
      write(undefined)
    }
  }
}

export const KEY_COMMANDS_HINT = 'Alt+N: null · Alt+U: unset'
