import { useLayoutEffect, useRef } from 'react'
import { useBodyValue, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import type { JsonPath, JsonValue } from '#src/lib/json/json-value.ts'
import { getIn, pathKey } from '#src/lib/json/path.ts'
import { useFormUi, useFormUiStore } from './form-ui-context.tsx'

/**
 * Binds an uncontrolled input to one body path. Typing writes to the draft and re-renders nothing else;
 * when the value changes from elsewhere (a null/unset action), `onExternal` updates the DOM input.
 */
export function useFieldValue(
  path: JsonPath,
  declaredOrder: readonly string[],
  onExternal?: (value: JsonValue | undefined) => void,
) {
  const store = useDraftStore()
  const value = useBodyValue(path)
  const written = useRef(value)

  useLayoutEffect(() => {
    if (value === written.current) return
    written.current = value
    onExternal?.(value)
  }, [value, onExternal])

  const write = (next: JsonValue | undefined) => {
    written.current = next
    store.setBodyValue(path, next, declaredOrder)
  }
  return { value, write }
}

/**
 * `useFieldValue` for an input that needs no re-render when its own value changes (a text input: the DOM
 * holds what was typed). Typing then costs no React render at all; a change from elsewhere (null, unset,
 * an edit of the same path in another view) still reaches the DOM through `onExternal`.
 */
export function useFieldWriter(
  path: JsonPath,
  declaredOrder: readonly string[],
  onExternal: (value: JsonValue | undefined) => void,
) {
  const store = useDraftStore()
  const key = pathKey(path)
  const at = useRef(path)
  const written = useRef<JsonValue | undefined>(undefined)
  useLayoutEffect(() => {
    at.current = path
  })
  useLayoutEffect(() => {
    const current = () => getIn(store.getState().body, at.current)
    written.current = current()
    return store.subscribe(() => {
      const value = current()
      if (value === written.current) return
      written.current = value
      onExternal(value)
    })
  }, [store, key, onExternal])

  const read = () => getIn(store.getState().body, path)
  const write = (next: JsonValue | undefined) => {
    written.current = next
    store.setBodyValue(path, next, declaredOrder)
  }
  return { read, write }
}

/** Focuses this field when the issue summary asks for it. */
export function useFocusRequest(path: JsonPath, element: () => HTMLElement | null): void {
  const ui = useFormUiStore()
  const key = pathKey(path)
  const requested = useFormUi((s) => (s.focusRequest ? pathKey(s.focusRequest) === key : false))
  useLayoutEffect(() => {
    if (!requested) return
    const target = element()
    if (!target) return
    target.scrollIntoView({ block: 'center' })
    target.focus()
    ui.focusDone()
  }, [requested, element, ui])
}
