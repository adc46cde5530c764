import { useCallback, useLayoutEffect, useRef, useState } from 'react'

/**
 * How many of a row's items fit its width, the rest going into a "More" menu. A few lines instead of Fluent's
 * Overflow, which would cost the first download about 3 kB gzip. Widths are measured while items show;
 * a hidden item keeps its last width until it shows again.
 */
export function useFitCount(count: number) {
  const container = useRef<HTMLDivElement>(null)
  const items = useRef<(HTMLElement | null)[]>([])
  const more = useRef<HTMLElement | null>(null)
  const widths = useRef<number[]>([])
  const moreWidth = useRef(0)
  const [visible, setVisible] = useState(count)
  // While items are hidden, the row never gets narrower than "More": the way to them stays on screen.
  const [minWidth, setMinWidth] = useState(0)

  const fit = useCallback(() => {
    const row = container.current
    if (!row) return
    items.current.forEach((item, index) => {
      if (item?.offsetParent) widths.current[index] = item.offsetWidth
    })
    if (more.current?.offsetParent) moreWidth.current = more.current.offsetWidth
    const gap = Number.parseFloat(getComputedStyle(row).columnGap) || 0
    const available = row.clientWidth
    const total = (n: number) => widths.current.slice(0, n).reduce((sum, width) => sum + width + gap, 0)
    let fits = count
    if (total(count) > available) {
      fits = 0
      while (fits < count && total(fits + 1) + moreWidth.current <= available) fits++
    }
    setVisible(fits)
    setMinWidth(fits < count ? moreWidth.current : 0)
  }, [count])

  useLayoutEffect(() => {
    const row = container.current
    if (!row) return
    // Before the first paint too, so no frame (and no test) ever sees the row overflowing.
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(row)
    for (const element of [...items.current, more.current]) if (element) observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [fit, visible])

  const itemRef = useCallback(
    (index: number) => (element: HTMLElement | null) => {
      items.current[index] = element
    },
    [],
  )
  const moreRef = useCallback((element: HTMLElement | null) => {
    more.current = element
  }, [])
  return { container, itemRef, moreRef, visible, minWidth }
}
