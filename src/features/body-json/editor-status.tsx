import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import { Store } from '#src/lib/store/store.ts'
import { useStore } from '#src/lib/store/use-store.ts'
import type { Cursor, CursorPosition } from './cursor-position.ts'
import { EDITOR_COLORS } from './editor-theme.ts'
import { problemSummary } from './syntax-diagnostic.ts'

const useStyles = makeStyles({
  status: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    justifyContent: 'space-between',
  },
  problem: { color: EDITOR_COLORS.error[0] },
  cursor: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
})

// Before the editor exists (its first render), the status line shows the start of the text.
const NO_CURSOR = new Store<Cursor>({ line: 1, column: 1 })

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Under the editor: the syntax problem with line and column, or the schema counts; and the cursor. */
export function EditorStatus({ cursor }: { cursor: CursorPosition | null }) {
  const styles = useStyles()
  const problem = useDraft((s) => s.bodyTextProblem)
  const errors = useValidation((v) => v.errors.length)
  const warnings = useValidation((v) => v.warnings.length)
  const { line, column } = useStore(cursor ?? NO_CURSOR)
  return (
    <div className={styles.status}>
      <Caption1 role="status" className={mergeClasses(problem ? styles.problem : undefined)}>
        {problem ? problemSummary(problem) : `${count(errors, 'error')}, ${count(warnings, 'warning')}`}
      </Caption1>
      <Caption1 className={styles.cursor} title="Cursor position">
        Ln {line}, Col {column}
      </Caption1>
    </div>
  )
}
