import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import {
  clampWidth,
  outlineBounds,
  readOutlineWidth,
  widthAfterKey,
  writeOutlineWidth,
  type WidthBounds,
} from './outline-width.ts'

const useStyles = makeStyles({
  // A 12 px grip over the outline's right border; the line shows on hover, focus and while dragging.
  splitter: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    right: '-7px',
    width: '12px',
    cursor: 'col-resize',
    touchAction: 'none',
    zIndex: 1,
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      bottom: 0,
      left: '5px',
      width: '2px',
      backgroundColor: 'transparent',
    },
    ':hover::after': { backgroundColor: tokens.colorBrandStroke1 },
    ...createFocusOutlineStyle(),
  },
  active: { '::after': { backgroundColor: tokens.colorBrandStroke1 } },
})

/** Sets the editor's outline column; null gives it back to the stylesheet (13–18 em). */
function applyWidth(editor: HTMLElement | null, width: number | null): void {
  if (!editor) return
  // Never more than 60% of the editor, however wide it was when the width was chosen.
  editor.style.gridTemplateColumns = width === null ? '' : `min(${width}px, 60%) minmax(0, 1fr)`
}

/**
 * The grip between the outline and the detail pane: drag it, or focus it and use the arrow keys, Home and End;
 * double-click resets it. It writes the editor's column itself, so the outline and the detail pane never
 * re-render for it, and remembers the width the user left.
 */
export function OutlineSplitter() {
  const styles = useStyles()
  const self = useRef<HTMLDivElement>(null)
  // It sits in the outline, which sits in the editor's grid. Found from its own element, because a parent's
  // ref is not attached yet when this component's layout effect first runs.
  const outline = () => self.current?.parentElement ?? null
  const editor = () => outline()?.parentElement ?? null
  const drag = useRef<{ startX: number; startWidth: number; bounds: WidthBounds } | null>(null)
  const [dragging, setDragging] = useState(false)
  // What the user chose (null: never resized), and the outline's width as laid out.
  const [chosen, setChosen] = useState(readOutlineWidth)
  const [layout, setLayout] = useState({ width: 0, bounds: outlineBounds(0) })
  const { width } = layout
  useLayoutEffect(() => {
    applyWidth(self.current?.parentElement?.parentElement ?? null, chosen)
  }, [chosen])
  useLayoutEffect(() => {
    const column = self.current?.parentElement
    const grid = column?.parentElement
    if (!column || !grid) return
    const observer = new ResizeObserver(() =>
      setLayout({ width: Math.round(column.offsetWidth), bounds: outlineBounds(grid.clientWidth) }),
    )
    observer.observe(column)
    observer.observe(grid)
    return () => observer.disconnect()
  }, [])
  const bounds = () => outlineBounds(editor()?.clientWidth ?? 0)
  // Read at the event, not from state: a second key can come before the observer has reported the first.
  const laidOut = () => Math.round(outline()?.offsetWidth ?? width)
  const choose = (next: number | null) => {
    applyWidth(editor(), next)
    setChosen(next)
    writeOutlineWidth(next)
  }
  const move = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current
    if (!start) return null
    const next = clampWidth(start.startWidth + event.clientX - start.startX, start.bounds)
    applyWidth(editor(), next)
    return next
  }
  const stop = (event: PointerEvent<HTMLDivElement>) => {
    const next = move(event)
    if (next !== null) choose(next)
    drag.current = null
    setDragging(false)
  }
  return (
    <div
      ref={self}
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize outline"
      aria-valuenow={width}
      aria-valuemin={layout.bounds.min}
      aria-valuemax={layout.bounds.max}
      aria-valuetext={`Outline ${width} pixels wide`}
      tabIndex={0}
      className={mergeClasses(styles.splitter, dragging && styles.active)}
      onPointerDown={(event) => {
        if (event.button !== 0) return
        event.preventDefault()
        event.currentTarget.setPointerCapture(event.pointerId)
        drag.current = { startX: event.clientX, startWidth: laidOut(), bounds: bounds() }
        setDragging(true)
      }}
      onPointerMove={move}
      onPointerUp={stop}
      onPointerCancel={stop}
      onDoubleClick={() => choose(null)}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        const next = widthAfterKey(event.key, event.shiftKey, laidOut(), bounds())
        if (next === null) return
        event.preventDefault()
        choose(next)
      }}
    />
  )
}
