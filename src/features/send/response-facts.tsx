import { makeStyles, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  group: { display: 'contents' },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
})

/** Name/value pairs (request-id, date, attempts…) as a description list, readable and copyable. */
export function ResponseFacts({
  facts,
  label,
}: {
  facts: readonly (readonly [string, ReactNode])[]
  label: string
}) {
  const styles = useStyles()
  return (
    <div role="group" aria-label={label}>
      <dl className={styles.list}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.group}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
