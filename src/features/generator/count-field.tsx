import { Field, SpinButton } from '@fluentui/react-components'

export interface CountFieldProps {
  label: string
  value: number
  min: number
  max: number
  hint?: string
  onChange: (value: number) => void
}

/** A whole number within limits; typed text counts once it is a number, clamped to the limits. */
export function CountField({ label, value, min, max, hint, onChange }: CountFieldProps) {
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        value={value}
        min={min}
        max={max}
        onChange={(_, data) => {
          const typed = data.value ?? Number.parseInt(data.displayValue ?? '', 10)
          if (Number.isFinite(typed)) onChange(Math.min(max, Math.max(min, Math.round(typed))))
        }}
      />
    </Field>
  )
}
