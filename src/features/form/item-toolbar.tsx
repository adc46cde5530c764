import { Button, makeStyles, Toolbar, ToolbarButton, tokens } from '@fluentui/react-components'
import { ArrowDownRegular, ArrowUpRegular, CopyRegular, DeleteRegular } from '@fluentui/react-icons'
import type { ArrayOps } from './use-array-ops.ts'

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  label: { marginRight: 'auto', fontWeight: tokens.fontWeightSemibold },
  // A narrow detail pane (a wide outline) wraps the actions instead of cutting them off.
  tools: { flexWrap: 'wrap', minWidth: 0 },
})

/** Move up, move down, duplicate, remove: the same four actions for every list item. */
export function ItemToolbar({
  label,
  index,
  count,
  ops,
}: {
  label: string
  index: number
  count: number
  ops: ArrayOps
}) {
  const styles = useStyles()
  return (
    <div className={styles.bar}>
      <span className={styles.label}>{label}</span>
      <Toolbar aria-label={`${label} actions`} size="small" className={styles.tools}>
        <ToolbarButton
          icon={<ArrowUpRegular />}
          disabled={index === 0}
          onClick={() => ops.move(index, index - 1)}
        >
          Move up
        </ToolbarButton>
        <ToolbarButton
          icon={<ArrowDownRegular />}
          disabled={index >= count - 1}
          onClick={() => ops.move(index, index + 1)}
        >
          Move down
        </ToolbarButton>
        <ToolbarButton icon={<CopyRegular />} onClick={() => ops.duplicate(index)}>
          Duplicate
        </ToolbarButton>
        <Button appearance="subtle" size="small" icon={<DeleteRegular />} onClick={() => ops.remove(index)}>
          Remove
        </Button>
      </Toolbar>
    </div>
  )
}
