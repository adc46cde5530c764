import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { clampWidth, outlineBounds, widthAfterKey, type WidthBounds } from './outline-width.ts'

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

export interface OutlineSplitterProps {
  /** The outline's width now, in CSS pixels. */
  width: number
  /** The editor that holds the outline and the detail pane: its width bounds the outline's. */
  editor: () => HTMLElement | null
  /** While dragging or on a key; `done` once the user let go (a good time to remember it). */
  onResize: (width: number, done: boolean) => void
  /** Double-click: back to the default width. */
  onReset: () => void
}

/** The grip between the outline and the detail pane: drag it, or focus it and use the arrow keys, Home and End. */
export function OutlineSplitter({ width, editor, onResize, onReset }: OutlineSplitterProps) {
  const styles = useStyles()
  const drag = useRef<{ startX: number; startWidth: number; bounds: WidthBounds } | null>(null)
  const [dragging, setDragging] = useState(false)
  const bounds = () => outlineBounds(editor()?.clientWidth ?? 0)
  const current = bounds()
  const move = (event: PointerEvent<HTMLDivElement>, done: boolean) => {
    const start = drag.current
    if (!start) return
    onResize(clampWidth(start.startWidth + event.clientX - start.startX, start.bounds), done)
  }
  const stop = (event: PointerEvent<HTMLDivElement>) => {
    move(event, true)
    drag.current = null
    setDragging(false)
  }
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize outline"
      aria-valuenow={width}
      aria-valuemin={current.min}
      aria-valuemax={current.max}
      aria-valuetext={`Outline ${width} pixels wide`}
      tabIndex={0}
      className={mergeClasses(styles.splitter, dragging && styles.active)}
      onPointerDown={(event) => {
        if (event.button !== 0) return
        event.preventDefault()
        event.currentTarget.setPointerCapture(event.pointerId)
        drag.current = { startX: event.clientX, startWidth: width, bounds: bounds() }
        setDragging(true)
      }}
      onPointerMove={(event) => move(event, false)}
      onPointerUp={stop}
      onPointerCancel={stop}
      onDoubleClick={onReset}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        const next = widthAfterKey(event.key, event.shiftKey, width, bounds())
        if (next === null) return
        event.preventDefault()
        onResize(next, true)
      }}
    />
  )
}
