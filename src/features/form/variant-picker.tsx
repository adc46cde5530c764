import { Field, makeStyles, Select } from '@fluentui/react-components'
import type { z } from 'zod'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useIssues } from '#src/features/open-draft/validation-context.tsx'
import { variantsOf, type TypeVariant } from '#src/features/schema/field-meta.ts'
import { fieldsOf, variantFor } from '#src/features/schema/walk.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { fieldId } from './field-id.ts'

// A native select is as wide as its longest option (communicationsApplicationInstanceIdentity…): keep it in its box.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
})

function optionLabel(variant: TypeVariant): string {
  if (variant.abstract) return `${variant.label} (abstract: choose a subtype)`
  return variant.odataType ? `${variant.label} (${variant.odataType})` : `${variant.label} (no @odata.type)`
}

/**
 * The `@odata.type` of a polymorphic object (endpoint, user agent, identity, identity set). An abstract base
 * (userAgent) is never offered; a loaded one shows as such, with its error. Switching never deletes data:
 * properties the new type does not declare show up as additional properties.
 */
export function VariantPicker({ path, type, label }: { path: JsonPath; type: z.ZodType; label: string }) {
  const styles = useStyles()
  const store = useDraftStore()
  const variants = variantsOf(type) ?? []
  const current = useDraft((s) => variantFor(type, getIn(s.body, path)))
  const typePath = [...path, '@odata.type']
  const issues = useIssues(typePath)
  const issue = issues.find((i) => i.severity === 'error') ?? issues[0]
  const id = fieldId(typePath)
  const offered = variants.filter((variant) => !variant.abstract || variant === current)
  return (
    <Field
      className={styles.field}
      label={{ children: `${label} type (@odata.type)`, htmlFor: id }}
      validationState={issue ? issue.severity : 'none'}
      validationMessage={issue?.message}
    >
      <Select
        id={id}
        className={styles.select}
        select={{ className: styles.select }}
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
        {offered.map((variant) => (
          <option key={variant.label} value={variant.label} disabled={variant.abstract}>
            {optionLabel(variant)}
          </option>
        ))}
      </Select>
    </Field>
  )
}
