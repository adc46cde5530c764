import { Field, SpinButton } from '@fluentui/react-components'
import { useState } from 'react'

export interface CountFieldProps {
  label: string
  value: number
  min: number
  max: number
  hint?: string
  onChange: (value: number) => void
}

/** What a number outside the limits became, said where it was typed rather than changed silently. */
export function clampNote(typed: number, min: number, max: number): string | null {
  const shown = typed.toLocaleString('en-US')
  if (typed > max) return `Using ${max}, the most allowed (you typed ${shown}).`
  if (typed < min) return `Using ${min}, the fewest allowed (you typed ${shown}).`
  return null
}

/** A whole number within limits; typed text counts once it is a number, clamped to the limits (and says so). */
export function CountField({ label, value, min, max, hint, onChange }: CountFieldProps) {
  const [note, setNote] = useState<string | null>(null)
  return (
    <Field
      label={label}
      hint={note ? undefined : hint}
      validationState={note ? 'warning' : 'none'}
      validationMessage={note ?? undefined}
    >
      <SpinButton
        value={value}
        min={min}
        max={max}
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
