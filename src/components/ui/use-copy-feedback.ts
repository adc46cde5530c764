import { useEffect, useState } from 'react'
import { COPY_FEEDBACK_MS } from '#src/lib/timings.ts'
import { copyToClipboard } from './copy-to-clipboard.ts'

export type CopyState = 'idle' | 'copied' | 'failed'

/** Copies on demand and says how it went for two seconds, for a button's icon and a status line. */
export function useCopyFeedback(): { state: CopyState; copy: (text: string) => void } {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => {
      setState('idle')
    }, COPY_FEEDBACK_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [state])
  const copy = (text: string) => {
    copyToClipboard(text).then(
      () => {
        setState('copied')
      },
      () => {
        setState('failed')
      },
    )
  }
  return { state, copy }
}
