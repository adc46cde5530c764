import { Badge, Input, makeStyles, tokens } from '@fluentui/react-components'
import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { describeDuration } from '#src/features/schema/duration.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { displayText, isTextWidget, normalizeOnBlur, parseInput } from '../input-value.ts'
import { useFieldWriter, useFocusRequest } from '../use-field-value.ts'
import { useMaskedText } from '../use-masked-text.ts'
import { fieldKeyCommands } from './field-key-commands.ts'
import type { WidgetProps } from './widget-props.ts'

const useStyles = makeStyles({
  input: { width: '100%', minWidth: 0 },
  inner: { minWidth: 0 },
  after: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
})

const PLACEHOLDERS: Partial<Record<string, string>> = {
  dateTime: 'e.g. 2020-02-25T18:52:21Z',
  duration: 'e.g. 45 ms, 1.5 s or PT0.016S',
  single: 'number',
  int32: 'whole number',
  int64: 'whole number',
}

/**
 * Strings, numbers, date-times and durations: an uncontrolled input; what is typed is what is stored. In
 * presenter mode an identifier shows masked and read-only (turning presenter mode off edits it).
 */
export function TextWidget(props: WidgetProps) {
  const masked = useMaskedText(props.path)
  return masked === null ? <EditableText {...props} /> : <MaskedText id={props.id} text={masked} />
}

function MaskedText({ id, text }: { id: string; text: string }) {
  const styles = useStyles()
  return (
    <Input
      id={id}
      className={styles.input}
      input={{ className: styles.inner }}
      value={text}
      readOnly
      aria-description="Masked while presenting; turn presenter mode off to see or edit it"
      contentAfter={<span className={styles.after}>masked</span>}
    />
  )
}

function EditableText({ id, path, meta, order }: WidgetProps) {
  const styles = useStyles()
  const input = useRef<HTMLInputElement>(null)
  const widget = isTextWidget(meta.widget) ? meta.widget : 'string'
  // Fluent's Input keeps its own copy of the text, so a change from elsewhere (null, unset, another view of
  // the same path) remounts it with the new text rather than writing to the DOM; focus stays where it was.
  const [shownText, setShownText] = useState<{ text: string; version: number; refocus: boolean } | null>(null)
  const onExternal = useCallback((value: JsonValue | undefined) => {
    const refocus = input.current !== null && document.activeElement === input.current
    setShownText((previous) => ({ text: displayText(value), version: (previous?.version ?? 0) + 1, refocus }))
  }, [])
  const { read, write } = useFieldWriter(path, order, onExternal)
  const [initial] = useState(() => displayText(read()))
  useFocusRequest(path, () => input.current)
  useLayoutEffect(() => {
    if (shownText?.refocus) input.current?.focus()
  }, [shownText])
  // Only what shows beside the text re-renders the input (null, a duration in words): not each keystroke.
  const shown = useDraft((s) => {
    const value = getIn(s.body, path)
    if (value === null) return null
    return widget === 'duration' && typeof value === 'string' ? (describeDuration(value) ?? '') : ''
  })
  const after = [shown, meta.unit].filter(Boolean).join(' · ')
  return (
    <Input
      key={shownText?.version ?? 0}
      id={id}
      ref={input}
      className={styles.input}
      input={{ className: styles.inner }}
      defaultValue={shownText?.text ?? initial}
      placeholder={shown === null ? 'null' : PLACEHOLDERS[widget]}
      inputMode={
        widget === 'int32' || widget === 'int64' ? 'numeric' : widget === 'single' ? 'decimal' : undefined
      }
      spellCheck={false}
      autoComplete="off"
      contentBefore={
        shown === null ? (
          <Badge appearance="outline" size="small">
            null
          </Badge>
        ) : undefined
      }
      contentAfter={after ? <span className={styles.after}>{after}</span> : undefined}
      onChange={(_, data) => {
        write(parseInput(widget, data.value))
      }}
      onBlur={(event) => {
        const value = read()
        const normal = normalizeOnBlur(widget, value)
        if (normal !== value) write(normal)
        // "45 ms" becomes the PT0.045S it was stored as; ".5" becomes 0.5.
        if (normal !== undefined && event.currentTarget.value !== displayText(normal)) onExternal(normal)
      }}
      onKeyDown={(event) => {
        // A command replaces what was typed: the input shows the new state (empty, with the null badge).
        fieldKeyCommands(meta, (value) => {
          write(value)
          onExternal(value)
        })(event)
      }}
    />
  )
}
