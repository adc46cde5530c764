import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import type { z } from 'zod'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import type { FieldMeta } from '#src/features/schema/field-meta.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { arrayLength } from './array-ops.ts'
import { ItemToolbar } from './item-toolbar.tsx'
import { ObjectFields } from './object-fields.tsx'
import { useArrayOps } from './use-array-ops.ts'

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  item: {
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
})

/** A short list inside an object (TraceRouteHops): every item editable in place. */
export function InlineArray({
  path,
  meta,
  itemType,
  context,
}: {
  path: JsonPath
  meta: FieldMeta
  itemType: z.ZodType
  order: readonly string[]
  context: string
}) {
  const styles = useStyles()
  // The length only: a keystroke in a hop must not re-render every hop.
  const count = useDraft((s) => arrayLength(s.body, path))
  const ops = useArrayOps(path)
  const itemName = meta.ps.replace(/s$/, '')
  return (
    <div role="group" aria-label={meta.ps}>
      <p className={styles.heading}>
        {meta.ps} ({count})
      </p>
      <ol className={styles.list}>
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className={styles.item} aria-label={`${itemName} ${index + 1}`}>
            <ItemToolbar label={`${itemName} ${index + 1}`} index={index} count={count} ops={ops} />
            <ObjectFields
              path={[...path, index]}
              type={itemType}
              context={`${context}${itemName} ${index + 1} `}
            />
          </li>
        ))}
      </ol>
      <Button size="small" icon={<AddRegular />} onClick={() => ops.add(new Map())}>
        Add {itemName}
      </Button>
    </div>
  )
}
