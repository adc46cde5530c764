import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import { useRef, useState } from 'react'
import { useBodyValue, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useValidationStore } from '#src/features/open-draft/validation-context.tsx'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import { isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { getIn, pathKey } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { fieldId } from './field-id.ts'
import { useFocusRequest } from './use-field-value.ts'
import { useMaskedText } from './use-masked-text.ts'

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6em, 1fr) minmax(8em, 2fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  mono: { fontFamily: tokens.fontFamilyMonospace, minWidth: 0 },
})

type Parsed = { ok: true; value: JsonValue } | { ok: false; message: string }

function parseValue(text: string): Parsed {
  if (!text.trim()) return { ok: false, message: 'Enter a JSON value: "text", 42, true, null, {…}' }
  const result = parseJson(text)
  return result.ok
    ? { ok: true, value: result.value }
    : { ok: false, message: `Not JSON: ${result.error.message}. Kept as typed; Send waits until it is JSON` }
}

/**
 * One extra key of an object. `name` null is a row being added: it joins the body once key and value are
 * valid. A value that is not JSON is held as typed (outside the body) and is an error until it parses.
 */
export function AdditionalPropertyRow(props: {
  path: JsonPath
  name: string | null
  /** A new row coming back with the key it had (its value was held while the row was away). */
  initialKey?: string
  declared: readonly string[]
  onSettled?: () => void
}) {
  const { path, name, initialKey = '', declared, onSettled } = props
  const styles = useStyles()
  const store = useDraftStore()
  const validation = useValidationStore()
  const object = useBodyValue(path)
  const value = name === null ? undefined : memberOf(object, name)
  const [key, setKey] = useState(name ?? initialKey)
  const [text, setText] = useState(
    () =>
      validation.heldText([...path, name ?? initialKey]) ?? (value === undefined ? '' : stringifyJson(value)),
  )
  const valueInput = useRef<HTMLInputElement>(null)
  // Identity ids, tenant ids, names and addresses travel as extra keys too: masked while presenting.
  const masked = useMaskedText(name === null ? [...path, ''] : [...path, name], jsonText)
  useFocusRequest([...path, key], () => valueInput.current)
  const parsed = parseValue(text)
  const taken = (candidate: string) =>
    candidate !== name && (declared.includes(candidate) || (isJsonObject(object) && object.has(candidate)))
  const keyProblem = !key ? 'A key is needed' : taken(key) ? `${key} is already a property here` : undefined
  // The key the typed value would be stored under; a new row without a usable key holds nothing yet.
  const holdKey = name ?? (keyProblem ? null : key)
  // What validation says of this key: an undeclared property of a closed type (an error, or a warning when
  // allowed), or a dynamic property's value an open type refuses.
  const judged = useValidation((v) =>
    name === null ? undefined : v.byPath.get(pathKey([...path, name]))?.[0],
  )
  const keyState = keyProblem && (name !== null || key) ? 'error' : (judged?.severity ?? 'none')
  const keyMessage = name !== null || key ? (keyProblem ?? judged?.message) : undefined

  const hold = (at: string | null, typed: string, result: Parsed) => {
    if (at === null) return
    if (result.ok || (name === null && !typed)) validation.releaseText([...path, at])
    else validation.holdText([...path, at], typed, result.message)
  }
  const commitKey = () => {
    if (name === null || key === name || keyProblem) return
    const current = getIn(store.getState().body, path)
    if (!isJsonObject(current)) return
    // Rename in place: the property keeps its position.
    const renamed = new Map([...current].map(([k, v]) => (k === name ? [key, v] : [k, v])))
    store.setBodyValue(path, renamed)
  }
  const commitNew = () => {
    if (name !== null || keyProblem || !parsed.ok) return
    store.setBodyValue([...path, key], parsed.value)
    onSettled?.()
  }
  return (
    <div
      className={styles.row}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) commitNew()
      }}
    >
      <Field validationState={keyState} validationMessage={keyMessage}>
        <Input
          aria-label="Property name"
          className={styles.mono}
          value={key}
          onChange={(_, d) => {
            // What was held under the old key moves with the new one.
            if (name === null && holdKey !== null) validation.releaseText([...path, holdKey])
            setKey(d.value)
          }}
          onBlur={() => {
            commitKey()
            hold(holdKey, text, parsed)
          }}
        />
      </Field>
      <Field
        validationState={parsed.ok || (!text && name === null) ? 'none' : 'error'}
        validationMessage={parsed.ok || (!text && name === null) ? undefined : parsed.message}
      >
        <Input
          ref={valueInput}
          id={holdKey === null ? undefined : fieldId([...path, holdKey])}
          aria-label={`Value of ${key || 'the new property'} (JSON)`}
          className={styles.mono}
          value={masked ?? text}
          readOnly={masked !== null}
          placeholder='"text", 42, true, null'
          onChange={(_, d) => {
            setText(d.value)
            const next = parseValue(d.value)
            hold(holdKey, d.value, next)
            if (name !== null && next.ok) store.setBodyValue([...path, name], next.value)
          }}
        />
      </Field>
      <Button
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={`Remove ${key || 'the new property'}`}
        onClick={() => {
          if (holdKey !== null) validation.releaseText([...path, holdKey])
          if (name !== null) store.setBodyValue([...path, name], undefined)
          else onSettled?.()
        }}
      />
    </div>
  )
}

function memberOf(object: JsonValue | undefined, name: string): JsonValue | undefined {
  return isJsonObject(object) ? object.get(name) : undefined
}

function jsonText(value: JsonValue | undefined): string {
  return value === undefined ? '' : stringifyJson(value)
}
