import { useSyncExternalStore } from 'react'
import type { ReadableStore } from './store.ts'

/**
 * A slice of a store; the component re-renders only when the slice changes (Object.is). Narrow selectors are
 * what keep a keystroke cheap: a field selects its own value, so typing elsewhere renders nothing here.
 * The selector must return something stable for an unchanged store (a value from it, not a new object).
 */
export function useStore<T>(store: ReadableStore<T>): T
export function useStore<T, S>(store: ReadableStore<T>, select: (value: T) => S): S
export function useStore<T, S>(store: ReadableStore<T>, select?: (value: T) => S): T | S {
  const slice = (): T | S => (select ? select(store.getSnapshot()) : store.getSnapshot())
  return useSyncExternalStore(store.subscribe, slice, slice)
}
