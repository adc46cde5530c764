import { makeStyles } from '@fluentui/react-components'
import { useLayoutEffect, useRef } from 'react'
import { SplitHandle } from '#src/components/ui/split-handle.tsx'
import { outlineBounds, readOutlineWidth, writeOutlineWidth } from './outline-width.ts'

const useStyles = makeStyles({
  // Over the outline's right border.
  place: { right: '-7px' },
})

/** Sets the editor's outline column; null gives it back to the stylesheet (13–18 em). */
function applyWidth(editor: HTMLElement | null, width: number | null): void {
  if (!editor) return
  // Never more than the bounds allow, however wide the editor was when the width was chosen.
  const max = outlineBounds(editor.clientWidth).max
  editor.style.gridTemplateColumns = width === null ? '' : `${Math.min(width, max)}px minmax(0, 1fr)`
}

/**
 * The grip between the outline and the detail pane. It writes the editor's column itself, so the outline and
 * the detail pane never re-render for it, and remembers the width the user left.
 */
export function OutlineSplitter() {
  const styles = useStyles()
  const anchor = useRef<HTMLSpanElement>(null)
  // It sits in the outline, which sits in the editor's grid. Found from its own element, because a parent's
  // ref is not attached yet when this component's layout effect first runs.
  const outline = () => anchor.current?.parentElement ?? null
  const editor = () => outline()?.parentElement ?? null
  useLayoutEffect(() => {
    const grid = anchor.current?.parentElement?.parentElement ?? null
    const apply = () => applyWidth(grid, readOutlineWidth())
    apply()
    // The editor narrows with the window or the composer's columns: the outline gives way to the detail pane.
    const observer = new ResizeObserver(apply)
    if (grid) observer.observe(grid)
    return () => observer.disconnect()
  }, [])
  return (
    <>
      <span ref={anchor} hidden />
      <SplitHandle
        label="Resize outline"
        orientation="vertical"
        className={styles.place}
        pane={outline}
        bounds={() => outlineBounds(editor()?.clientWidth ?? 0)}
        apply={(width) => applyWidth(editor(), width)}
        commit={writeOutlineWidth}
        describe={(width) => `Outline ${width} pixels wide`}
      />
    </>
  )
}
