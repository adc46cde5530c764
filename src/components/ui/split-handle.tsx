import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { clampSize, sizeAfterKey, type SizeBounds, type SplitOrientation } from './split-size.ts'

const useStyles = makeStyles({
  // A 12 px grip; the 2 px line in its middle shows on hover, focus and while dragging.
  handle: {
    position: 'absolute',
    touchAction: 'none',
    zIndex: 1,
    '::after': { content: '""', position: 'absolute', backgroundColor: 'transparent' },
    ':hover::after': { backgroundColor: tokens.colorBrandStroke1 },
    ...createFocusOutlineStyle(),
  },
  vertical: {
    top: 0,
    bottom: 0,
    width: '12px',
    cursor: 'col-resize',
    '::after': { top: 0, bottom: 0, left: '5px', width: '2px' },
  },
  horizontal: {
    left: 0,
    right: 0,
    height: '12px',
    cursor: 'row-resize',
    '::after': { left: 0, right: 0, top: '5px', height: '2px' },
  },
  active: { '::after': { backgroundColor: tokens.colorBrandStroke1 } },
})

export interface SplitHandleProps {
  /** The accessible name: what it resizes ("Resize outline"). */
  label: string
  orientation: SplitOrientation
  /** The pane before the handle (left or top): its size along the axis is the handle's value. */
  pane: () => HTMLElement | null
  /** The sizes the pane may take, given the room there is now. */
  bounds: () => SizeBounds
  /** Shows a size (px) at once, without a React render; null gives the layout back its default. */
  apply: (size: number | null) => void
  /** The size the user settled on (a drag's end, a key, a double-click reset to null): remember it. */
  commit: (size: number | null) => void
  /** The value as words for screen readers ("Outline 240 pixels wide"). */
  describe: (size: number) => string
  className?: string
}

/**
 * The grip between two panes, as the WAI-ARIA window splitter: drag it, or focus it and use the arrow keys
 * (Shift for bigger steps), Home and End; double-click resets it. It sits inside the pane it resizes (which
 * must be positioned), and the layout is written by `apply`, so the panes never re-render while it moves.
 */
export function SplitHandle(props: SplitHandleProps) {
  const { label, orientation, pane, bounds, apply, commit, describe, className } = props
  const styles = useStyles()
  const self = useRef<HTMLDivElement>(null)
  const drag = useRef<{ start: number; startSize: number; bounds: SizeBounds } | null>(null)
  const [dragging, setDragging] = useState(false)
  const [value, setValue] = useState({ size: 0, min: 0, max: 0 })
  const vertical = orientation === 'vertical'
  const sizeOf = (element: HTMLElement | null) => {
    const box = element?.getBoundingClientRect()
    return Math.round((vertical ? box?.width : box?.height) ?? 0)
  }
  const latest = useRef({ pane, bounds, sizeOf })
  useLayoutEffect(() => {
    latest.current = { pane, bounds, sizeOf }
  })
  useLayoutEffect(() => {
    const measure = () => {
      const { pane: paneOf, bounds: boundsOf, sizeOf: size } = latest.current
      const { min, max } = boundsOf()
      setValue({ size: size(paneOf()), min, max: Math.max(min, max) })
    }
    const element = latest.current.pane()
    const observer = new ResizeObserver(measure)
    for (const observed of [element, element?.parentElement]) if (observed) observer.observe(observed)
    measure()
    return () => observer.disconnect()
  }, [])
  // Read at the event, not from state: a second key can come before the observer has reported the first.
  const current = () => sizeOf(pane())
  const choose = (next: number | null) => {
    apply(next)
    commit(next)
  }
  const at = (event: PointerEvent) => (vertical ? event.clientX : event.clientY)
  const move = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current
    if (!start) return null
    const next = clampSize(start.startSize + at(event) - start.start, start.bounds)
    apply(next)
    return next
  }
  const stop = (event: PointerEvent<HTMLDivElement>) => {
    const next = move(event)
    if (next !== null) commit(next)
    drag.current = null
    setDragging(false)
  }
  return (
    <div
      ref={self}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={value.size}
      aria-valuemin={value.min}
      aria-valuemax={value.max}
      aria-valuetext={describe(value.size)}
      tabIndex={0}
      className={mergeClasses(
        styles.handle,
        vertical ? styles.vertical : styles.horizontal,
        dragging && styles.active,
        className,
      )}
      onPointerDown={(event) => {
        if (event.button !== 0) return
        event.preventDefault()
        event.currentTarget.setPointerCapture(event.pointerId)
        drag.current = { start: at(event), startSize: current(), bounds: bounds() }
        setDragging(true)
      }}
      onPointerMove={move}
      onPointerUp={stop}
      onPointerCancel={stop}
      onDoubleClick={() => choose(null)}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        const next = sizeAfterKey(event.key, event.shiftKey, current(), bounds(), orientation)
        if (next === null) return
        event.preventDefault()
        choose(next)
      }}
    />
  )
}
