import { Field, makeStyles, Select } from '@fluentui/react-components'
import type { z } from 'zod'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { variantsOf } from '#src/features/schema/field-meta.ts'
import { fieldsOf, variantFor } from '#src/features/schema/walk.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { fieldId } from './field-id.ts'

/**
 * The `@odata.type` of a polymorphic object (participant or service endpoint, client or service user agent).
 * Switching never deletes data: properties the new type does not declare show up as additional properties.
 */
const useStyles = makeStyles({
  // A select is as wide as its longest option unless told otherwise; a narrow detail pane must not overflow.
  shrinks: { minWidth: 0, maxWidth: '100%' },
})

export function VariantPicker({ path, type, label }: { path: JsonPath; type: z.ZodType; label: string }) {
  const styles = useStyles()
  const store = useDraftStore()
  const variants = variantsOf(type) ?? []
  const current = useDraft((s) => variantFor(type, getIn(s.body, path)))
  const typePath = [...path, '@odata.type']
  const id = fieldId(typePath)
  return (
    <Field label={{ children: `${label} type (@odata.type)`, htmlFor: id }} className={styles.shrinks}>
      <Select
        id={id}
        className={styles.shrinks}
        select={{ className: styles.shrinks }}
        value={current?.label ?? ''}
        onChange={(_, data) => {
          const picked = variants.find((v) => v.label === data.value)
          // '@odata.type' leads the object, as Graph writes it.
          const order = [
            '@odata.type',
            ...variants.flatMap((v) => fieldsOf(v.schema).map((entry) => entry.key)),
          ]
          store.setBodyValue(typePath, picked?.odataType, order)
        }}
      >
        {variants.map((variant) => (
          <option key={variant.label} value={variant.label}>
            {variant.odataType
              ? `${variant.label} (${variant.odataType})`
              : `${variant.label} (no @odata.type)`}
          </option>
        ))}
      </Select>
    </Field>
  )
}
