import { useEffect, useState } from 'react'
import type { PresenterMask } from './presenter-mask.ts'
import { usePresenterMode } from './presenter-mode.ts'

// While the masking code loads (a few milliseconds after the switch), show no body rather than a real one.
const HIDE_ALL: PresenterMask = { maskBody: () => new Map(), maskText: () => '•••' }
let loaded: PresenterMask | null = null

/**
 * The mask for the request feature's seam: null when presenter mode is off. The masking code is loaded the
 * first time presenter mode is on, so it stays out of the first download.
 */
export function usePresenterMask(): PresenterMask | null {
  const on = usePresenterMode()
  const [mask, setMask] = useState(loaded)
  useEffect(() => {
    if (!on || mask) return
    let live = true
    void import('./presenter-mask.ts').then((module) => {
      loaded = module.PRESENTER_MASK
      if (live) setMask(loaded)
    })
    return () => {
      live = false
    }
  }, [on, mask])
  return on ? (mask ?? HIDE_ALL) : null
}
