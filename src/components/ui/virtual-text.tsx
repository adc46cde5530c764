import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { displayLine } from './display-line.ts'
import { lineIndex } from './line-index.ts'
import { visibleRange } from './visible-range.ts'

const useStyles = makeStyles({
  viewport: {
    position: 'relative',
    overflow: 'auto',
    minHeight: '6em',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    ...createFocusOutlineStyle(),
  },
  content: { position: 'relative', minWidth: 'max-content' },
  // In the flow (not absolute), so the widest rendered line sets the horizontal scroll width.
  lines: { willChange: 'transform' },
  line: {
    whiteSpace: 'pre',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    overflow: 'hidden',
  },
})

export interface VirtualTextProps {
  text: string
  /** The accessible name of the scroll region, e.g. "Request body". */
  label: string
  /** Every line has this height in px, which is what makes the virtualisation exact. */
  lineHeight?: number
  className?: string
}

/**
 * Read-only text of any size: only the lines in view are in the DOM (a 4 MB body is ~150k lines).
 * The region is focusable, so the keyboard scrolls it; copying everything is the caller's copy button.
 */
export function VirtualText({ text, label, lineHeight = 20, className }: VirtualTextProps) {
  const styles = useStyles()
  const lines = useMemo(() => lineIndex(text), [text])
  const ref = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, height: 600 })

  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      setView({ top: element.scrollTop, height: element.clientHeight })
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [])

  const { first, end } = visibleRange(view.top, view.height, lineHeight, lines.count)
  return (
    <div
      ref={ref}
      role="region"
      aria-label={label}
      tabIndex={0}
      className={mergeClasses(styles.viewport, className)}
      onScroll={(event) => {
        const { scrollTop, clientHeight } = event.currentTarget
        setView({ top: scrollTop, height: clientHeight })
      }}
    >
      <div className={styles.content} style={{ height: lines.count * lineHeight }}>
        <div className={styles.lines} style={{ transform: `translateY(${first * lineHeight}px)` }}>
          {Array.from({ length: end - first }, (_, index) => (
            <div
              key={first + index}
              className={styles.line}
              style={{ height: lineHeight, lineHeight: `${lineHeight}px` }}
            >
              {displayLine(lines.line(first + index))}
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}
