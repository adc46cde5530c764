import { useEffect, useState } from 'react'
import { powershellInWorker } from './powershell-job.ts'
import type { PowerShellDraft } from './powershell-snippet.ts'

/**
 * The PowerShell for `draft`, whose body is `body` (compact JSON), once the worker has written it; until
 * then the previous one (null at first). Nothing is written while `enabled` is false (another tab is open).
 */
export function usePowerShellSnippet(draft: PowerShellDraft, body: string, enabled: boolean): string | null {
  const [text, setText] = useState<string | null>(null)
  useEffect(() => {
    if (!enabled) return
    let wanted = true
    void powershellInWorker(draft, body).then((written) => {
      if (wanted) setText(written)
    })
    return () => {
      wanted = false
    }
  }, [draft, body, enabled])
  return text
}
