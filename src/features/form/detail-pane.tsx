import { makeStyles, tokens } from '@fluentui/react-components'
import { pathKey } from '../../lib/json/path.ts'
import { useDraft } from '../draft/draft-context.tsx'
import { arrayLength } from './array-ops.ts'
import { useFormUi } from './form-ui-context.tsx'
import { ItemToolbar } from './item-toolbar.tsx'
import { nodeKind, nodeTitle } from './node-label.ts'
import { MediaFields, SegmentFields, SessionFields, StreamFields } from './node-fields.tsx'
import { useArrayOps } from './use-array-ops.ts'

const useStyles = makeStyles({
  pane: {
    overflowY: 'auto',
    minHeight: 0,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
})

/** The fields of the selected node. Its key changes with the node and every array operation. */
export function DetailPane() {
  const styles = useStyles()
  const selected = useFormUi((s) => s.selected)
  const structure = useFormUi((s) => s.structure)
  const kind = nodeKind(selected)
  return (
    <section
      className={styles.pane}
      aria-label={`${nodeTitle(selected)} fields`}
      key={`${pathKey(selected)}#${structure}`}
    >
      {kind === 'session' ? <SessionFields /> : <NodeToolbar />}
      {kind === 'segment' ? <SegmentFields path={selected} /> : null}
      {kind === 'media' ? <MediaFields path={selected} /> : null}
      {kind === 'stream' ? <StreamFields path={selected} /> : null}
    </section>
  )
}

function NodeToolbar() {
  const selected = useFormUi((s) => s.selected)
  const arrayPath = selected.slice(0, -1)
  const index = Number(selected.at(-1))
  const count = useDraft((s) => arrayLength(s.body, arrayPath))
  const ops = useArrayOps(arrayPath, true)
  return <ItemToolbar label={nodeTitle(selected)} index={index} count={count} ops={ops} />
}
