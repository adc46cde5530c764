import { makeStyles, tokens } from '@fluentui/react-components'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { pathKey } from '#src/lib/json/path.ts'
import { arrayLength } from './array-ops.ts'
import { useFormUi, useFormUiStore } from './form-ui-context.tsx'
import { ItemToolbar } from './item-toolbar.tsx'
import { MediaFields, SegmentFields, SessionFields, StreamFields } from './node-fields.tsx'
import { nodeKind, nodeTitle } from './node-label.ts'
import { useArrayOps } from './use-array-ops.ts'

const useStyles = makeStyles({
  pane: {
    // Positioned, so visually hidden labels inside stay inside: they would otherwise stretch the page.
    position: 'relative',
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
  const paneKey = `${pathKey(selected)}#${structure}`
  const pane = useRef<HTMLElement>(null)
  const focusInside = useRef(false)
  const ui = useFormUiStore()
  // Add, Duplicate, Remove or a child's link replace the pane under the keyboard's focus: rather than
  // dropping it on the page, the new pane takes it (and a screen reader announces which node it is).
  // Whether focus was inside is read when the selection changes, before the old pane leaves the DOM.
  useEffect(
    () =>
      ui.subscribe(() => {
        focusInside.current ||= pane.current?.contains(document.activeElement) ?? false
      }),
    [ui],
  )
  useLayoutEffect(() => {
    const active = document.activeElement
    if (focusInside.current && (active === null || active === document.body)) pane.current?.focus()
    focusInside.current = false
  }, [paneKey])
  return (
    <section
      ref={pane}
      tabIndex={-1}
      className={styles.pane}
      aria-label={`${nodeTitle(selected)} fields`}
      key={paneKey}
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
