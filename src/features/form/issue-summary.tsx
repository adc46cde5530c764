import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import type { Issue } from '#src/features/schema/validate.ts'
import { formatPath } from '#src/lib/json/path.ts'
import { useFormUiStore } from './form-ui-context.tsx'

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: '9em',
    overflowY: 'auto',
  },
  path: { fontFamily: tokens.fontFamilyMonospace },
})

const SHOWN = 5
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** Every error and warning, each a link to its field. Errors block sending; warnings never do. */
export function IssueSummary() {
  const styles = useStyles()
  const ui = useFormUiStore()
  const errors = useValidation((v) => v.errors)
  const warnings = useValidation((v) => v.warnings)
  const [expanded, setExpanded] = useState(false)
  if (!errors.length && !warnings.length) return null
  const issues: readonly Issue[] = [...errors, ...warnings]
  const shown = expanded ? issues : issues.slice(0, SHOWN)
  const title = errors.length
    ? `${plural(errors.length, 'error')}: Graph would reject this body`
    : `${plural(warnings.length, 'warning')}: implausible values; sending is allowed`
  return (
    <section aria-label="Issues">
      <MessageBar intent={errors.length ? 'error' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {errors.length && warnings.length ? ` and ${plural(warnings.length, 'warning')}.` : null}
          <ul className={styles.list}>
            {shown.map((issue, index) => (
              <li key={index}>
                <Link onClick={() => ui.focus(issue.path)}>
                  <span className={styles.path}>{formatPath(issue.path)}</span>
                </Link>
                {` — ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`}
              </li>
            ))}
          </ul>
          {issues.length > SHOWN ? (
            <Button appearance="transparent" size="small" onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Show fewer' : `Show all ${issues.length}`}
            </Button>
          ) : null}
        </MessageBarBody>
      </MessageBar>
    </section>
  )
}
