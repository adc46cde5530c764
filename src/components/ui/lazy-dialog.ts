import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react'

export interface LazyDialog<P> {
  /** The dialog; suspends until its module is in. */
  Dialog: LazyExoticComponent<ComponentType<P>>
  /** Starts the download early (on hover or focus of what opens it). Safe to call often. */
  prefetch: () => void
}

/**
 * A dialog kept out of the first download, loaded on first use. The whole dialog is lazy, not its contents:
 * a Fluent dialog whose content suspends as it opens keeps its focus trap's aria-hidden on itself.
 */
export function lazyDialog<P>(load: () => Promise<ComponentType<P>>): LazyDialog<P> {
  let loading: Promise<ComponentType<P>> | undefined
  const get = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined // a failed download is tried again next time
      throw error
    }))
  return {
    Dialog: lazy(() => get().then((component) => ({ default: component }))),
    prefetch: () => {
      get().catch(() => undefined)
    },
  }
}

/**
 * True from the first time `open` is true: a lazy dialog stays mounted after it closes, so its closing motion
 * runs and what it holds survives.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open)
  if (open && !opened) setOpened(true)
  return opened || open
}
