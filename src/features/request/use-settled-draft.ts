import { startTransition, useEffect, useRef, useState } from 'react'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import {
  PREVIEW_LARGE_BODY_BYTES,
  TYPING_PAUSE_BEFORE_LARGE_PREVIEW_MS,
  TYPING_PAUSE_BEFORE_PREVIEW_MS,
} from '#src/lib/timings.ts'
import { knownBytes, prepareBody } from './serialize-body.ts'

/**
 * The draft once typing pauses. The preview and the snippets serialise the whole body, which for a large
 * session costs tens of milliseconds: that must never sit on the keystroke path. A body with segments not
 * serialised yet (a paste, an import) is prepared in slices first, so its first render only joins texts.
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
      const state = store.getState()
      void prepareBody(state.body, () => store.getState() === state).then((current) => {
        // An interruptible render: a key pressed while the preview updates is handled first.
        if (current) startTransition(() => setSettled(state))
      })
    }
    // Catches a change between the first render and this effect; an unchanged state re-renders nothing.
    let timer = setTimeout(settle, 0)
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer)
      const bytes = knownBytes(last.current.body) ?? Infinity
      timer = setTimeout(
        settle,
        bytes > PREVIEW_LARGE_BODY_BYTES
          ? TYPING_PAUSE_BEFORE_LARGE_PREVIEW_MS
          : TYPING_PAUSE_BEFORE_PREVIEW_MS,
      )
    })
    return () => {
      unsubscribe()
      clearTimeout(timer)
    }
  }, [store])
  return settled
}
