import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react'

export interface LazyPart<P> {
  /** The part; suspends until its module is in. */
  Component: ComponentType<P>
  /** Starts the download early (on hover or focus of what opens it). Safe to call often. */
  prefetch: () => void
}

// React.lazy keeps a rejection for good. A failed part gets a new one, but only when the user asks to try
// again: React renders a rejected lazy once more to reach the error boundary, and a fresh one then would
// start another download instead of showing the error.
const failed = new Set<() => void>()

/** Lets every part whose download failed try again on its next render (an error boundary's "Try again"). */
export function retryFailedDownloads(): void {
  for (const reset of failed) reset()
  failed.clear()
}

/**
 * A part of the app kept out of the first download and loaded on first use (React.lazy, plus a prefetch and
 * a retry). For a dialog, make the whole dialog lazy, not its contents: a Fluent dialog whose content suspends
 * as it opens keeps its focus trap's aria-hidden on itself. A failed download reaches the nearest error
 * boundary; after `retryFailedDownloads` it is tried again.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loading: Promise<ComponentType<P>> | undefined
  const get = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined
      failed.add(() => {
        current = fresh()
      })
      throw error
    }))
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() => get().then((component) => ({ default: component })))
  let current = fresh()
  return {
    Component: (props: P) => createElement(current, props),
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
