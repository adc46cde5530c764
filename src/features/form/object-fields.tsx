import { makeStyles, tokens } from '@fluentui/react-components'
import type { z } from 'zod'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { fieldTypeOf } from '#src/features/schema/field-meta.ts'
import { concreteType, fieldsOf } from '#src/features/schema/walk.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { AdditionalProperties } from './additional-properties.tsx'
import { FieldRow } from './field-row.tsx'
import { InlineArray } from './inline-array.tsx'
import { ObjectSection } from './object-section.tsx'

const useStyles = makeStyles({
  leaves: {
    display: 'grid',
    // Two or more columns where there is room; one, never overflowing, in a narrow detail pane.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(17em, 100%), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'start',
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

/** The help lists properties alphabetically; people read a time window start first. */
function startBeforeEnd<T extends { key: string }>(entries: readonly T[]): T[] {
  const start = entries.find((e) => e.key === 'startDateTime')
  const rest = entries.filter((e) => e !== start)
  const end = rest.findIndex((e) => e.key === 'endDateTime')
  if (!start || end === -1) return [...entries]
  return [...rest.slice(0, end), start, ...rest.slice(end)]
}

/**
 * The declared properties of one object, leaves first then nested objects and lists, then whatever else the
 * object carries. `exclude` leaves out the arrays the outline shows (segments, media, streams).
 */
export function ObjectFields({
  path,
  type,
  exclude = [],
  context = '',
}: {
  path: JsonPath
  type: z.ZodType
  exclude?: readonly string[]
  /** The sections around these fields ("Caller AssociatedIdentity"), so each input's name is unique. */
  context?: string
}) {
  const styles = useStyles()
  // Only the variant (@odata.type) shapes the fields: typing in one of them must not re-render them all.
  const concrete = useDraft((s) => concreteType(type, getIn(s.body, path)))
  const entries = fieldsOf(concrete).filter((entry) => !exclude.includes(entry.key))
  const order = fieldsOf(concrete).map((entry) => entry.key)
  const leaves = startBeforeEnd(
    entries.filter((e) => e.meta.widget !== 'object' && e.meta.widget !== 'array'),
  )
  const nested = entries.filter((e) => e.meta.widget === 'object' || e.meta.widget === 'array')
  return (
    <div className={styles.stack}>
      {leaves.length ? (
        <div className={styles.leaves}>
          {leaves.map((entry) => (
            <FieldRow
              key={entry.key}
              path={[...path, entry.key]}
              name={entry.key}
              meta={entry.meta}
              order={order}
              context={context}
            />
          ))}
        </div>
      ) : null}
      {nested.map((entry) => {
        const childType = fieldTypeOf(entry.schema)
        if (!childType) return null
        return entry.meta.widget === 'array' ? (
          <InlineArray
            key={entry.key}
            path={[...path, entry.key]}
            meta={entry.meta}
            itemType={childType}
            order={order}
            context={context}
          />
        ) : (
          <ObjectSection
            key={entry.key}
            path={[...path, entry.key]}
            meta={entry.meta}
            type={childType}
            order={order}
            context={context}
          />
        )
      })}
      <AdditionalProperties
        path={path}
        declared={[...order, ...(concrete === type ? [] : ['@odata.type'])]}
      />
    </div>
  )
}
