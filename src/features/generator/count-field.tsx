import { Field, SpinButton } from '@fluentui/react-components'
import { useState } from 'react'
import { useController, type FieldValues, type Path } from 'react-hook-form'

export interface CountFieldProps<V extends FieldValues> {
  name: Path<V>
  label: string
  min: number
  max: number
  hint?: string
}

/** What a number outside the limits became, said where it was typed rather than changed silently. */
export function clampNote(typed: number, min: number, max: number): string | null {
  const shown = typed.toLocaleString('en-US')
  if (typed > max) return `Using ${max}, the most allowed (you typed ${shown}).`
  if (typed < min) return `Using ${min}, the fewest allowed (you typed ${shown}).`
  return null
}

/** A whole number within limits, in the surrounding form; typed text counts once it is a number, clamped to the
 * limits (and says so). */
export function CountField<V extends FieldValues>({ name, label, min, max, hint }: CountFieldProps<V>) {
  const { ref, value, onChange, onBlur } = useController<V>({ name }).field
  const count = typeof value === 'number' ? value : min
  const [note, setNote] = useState<string | null>(null)
  return (
    <Field
      label={label}
      hint={note ? undefined : hint}
      validationState={note ? 'warning' : 'none'}
      validationMessage={note ?? undefined}
    >
      <SpinButton
        ref={ref}
        name={name}
        value={count}
        min={min}
        max={max}
        onBlur={onBlur}
        onChange={(_, data) => {
          const typed = data.value ?? Number.parseInt(data.displayValue ?? '', 10)
          if (!Number.isFinite(typed)) return
          const whole = Math.round(typed)
          setNote(clampNote(whole, min, max))
          onChange(Math.min(max, Math.max(min, whole)))
        }}
      />
    </Field>
  )
}
