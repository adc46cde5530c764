import { useEffect, useRef, useState } from 'react'
import { useDraftStore } from '../draft/draft-context.tsx'
import type { DraftState } from '../draft/draft-state.ts'
import { knownBytes } from './serialize-body.ts'

// Small bodies follow typing almost at once; large ones wait for a real pause.
const SMALL_DELAY_MS = 40
const LARGE_DELAY_MS = 200
const LARGE_BODY_BYTES = 64 * 1024

/**
 * The draft once typing pauses. The preview and the snippets serialise the whole body, which for a large
 * session costs tens of milliseconds: that must never sit on the keystroke path.
 */
export function useSettledDraft(): DraftState {
  const store = useDraftStore()
  const [settled, setSettled] = useState(store.getState)
  const last = useRef(settled)
  useEffect(() => {
    last.current = settled
  }, [settled])
  useEffect(() => {
    const settle = () => {
      setSettled(store.getState())
    }
    // Catches a change between the first render and this effect; an unchanged state re-renders nothing.
    let timer = setTimeout(settle, 0)
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer)
      const bytes = knownBytes(last.current.body) ?? Infinity
      timer = setTimeout(settle, bytes > LARGE_BODY_BYTES ? LARGE_DELAY_MS : SMALL_DELAY_MS)
    })
    return () => {
      unsubscribe()
      clearTimeout(timer)
    }
  }, [store])
  return settled
}
