import { Select } from '@fluentui/react-components'
import { useRef } from 'react'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { displayText } from '../input-value.ts'
import { useFieldValue, useFocusRequest } from '../use-field-value.ts'
import type { WidgetProps } from './widget-props.ts'

const UNSET = 'unset'
const NULL = 'null'
const OTHER = 'other'

function optionOf(value: JsonValue | undefined, members: readonly string[]): string {
  if (value === undefined) return UNSET
  if (value === null) return NULL
  if (typeof value === 'boolean') return members.includes(String(value)) ? `m:${String(value)}` : OTHER
  return typeof value === 'string' && members.includes(value) ? `m:${value}` : OTHER
}

/** Booleans (unset / true / false) and enums: every member, plus whatever non-member came in from JSON. */
export function ChoiceWidget({ id, path, meta, order }: WidgetProps) {
  const select = useRef<HTMLSelectElement>(null)
  const isBoolean = meta.widget === 'boolean'
  const members = isBoolean ? ['true', 'false'] : (meta.members ?? [])
  const { value, write } = useFieldValue(path, order)
  useFocusRequest(path, () => select.current)
  const current = optionOf(value, members)
  return (
    <Select
      id={id}
      ref={select}
      value={current}
      onChange={(_, data) => {
        if (data.value === UNSET) write(undefined)
        else if (data.value === NULL) write(null)
        else if (data.value.startsWith('m:')) {
          const member = data.value.slice(2)
          write(isBoolean ? member === 'true' : member)
        }
      }}
    >
      <option value={UNSET}>— not set —</option>
      {meta.nullable || value === null ? <option value={NULL}>null</option> : null}
      {members.map((member) => (
        <option key={member} value={`m:${member}`}>
          {member}
        </option>
      ))}
      {current === OTHER ? (
        <option value={OTHER}>{`${displayText(value)} (not a ${meta.enumName ?? 'valid'} value)`}</option>
      ) : null}
    </Select>
  )
}
