import { CounterBadge, makeStyles, tokens } from '@fluentui/react-components'
import { useIssueCounts } from '#src/features/open-draft/validation-context.tsx'
import type { JsonPath } from '#src/lib/json/json-value.ts'

const useStyles = makeStyles({ badges: { display: 'inline-flex', gap: tokens.spacingHorizontalXXS } })

/** Errors and warnings at or below a path, for section headers and outline nodes. */
export function IssueBadges({ path }: { path: JsonPath }) {
  const styles = useStyles()
  const { errors, warnings } = useIssueCounts(path)
  if (!errors && !warnings) return null
  return (
    <span className={styles.badges}>
      {errors ? (
        <CounterBadge
          count={errors}
          color="danger"
          size="small"
          aria-label={`${errors} error${errors > 1 ? 's' : ''}`}
        />
      ) : null}
      {warnings ? (
        <CounterBadge
          count={warnings}
          color="important"
          appearance="ghost"
          size="small"
          aria-label={`${warnings} warning${warnings > 1 ? 's' : ''}`}
        />
      ) : null}
    </span>
  )
}
