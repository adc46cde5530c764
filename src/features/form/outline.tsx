import { makeStyles, Tree, tokens } from '@fluentui/react-components'
import { useFormUi, useFormUiStore } from './form-ui-context.tsx'
import { OutlineNode } from './outline-node.tsx'

const useStyles = makeStyles({
  // Never scrolls sideways: a focused row scrolled into view would cut its name ("ssion …").
  tree: {
    position: 'relative',
    overflowY: 'auto',
    overflowX: 'hidden',
    minHeight: 0,
    paddingBlock: tokens.spacingVerticalXS,
  },
})

/** Session → segments → media → streams. Only open branches are mounted; the selected node opens on the right. */
export function Outline() {
  const styles = useStyles()
  const ui = useFormUiStore()
  const openNodes = useFormUi((s) => s.openNodes)
  return (
    <Tree
      aria-label="Outline"
      className={styles.tree}
      size="small"
      openItems={['session', ...openNodes]}
      onOpenChange={(_, data) => {
        const value = String(data.value)
        const path =
          value === 'session'
            ? []
            : value.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
        if (data.type === 'Click' || data.type === 'Enter') ui.select(path)
        else if (value !== 'session') ui.setNodeOpen(path, data.open)
      }}
    >
      <OutlineNode path={[]} />
    </Tree>
  )
}
