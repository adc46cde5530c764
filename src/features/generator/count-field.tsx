import { Field, SpinButton } from '@fluentui/react-components'
import { useController, type FieldValues, type Path } from 'react-hook-form'

export interface CountFieldProps<V extends FieldValues> {
  name: Path<V>
  label: string
  min: number
  max: number
  hint?: string
}

/** A whole number within limits, in the surrounding form; typed text counts once it is a number, clamped. */
export function CountField<V extends FieldValues>({ name, label, min, max, hint }: CountFieldProps<V>) {
  const { ref, value, onChange, onBlur } = useController<V>({ name }).field
  const count = typeof value === 'number' ? value : min
  return (
    <Field label={label} hint={hint}>
      <SpinButton
        ref={ref}
        name={name}
        value={count}
        min={min}
        max={max}
        onBlur={onBlur}
        onChange={(_, data) => {
          const typed = data.value ?? Number.parseInt(data.displayValue ?? '', 10)
          if (Number.isFinite(typed)) onChange(Math.min(max, Math.max(min, Math.round(typed))))
        }}
      />
    </Field>
  )
}
