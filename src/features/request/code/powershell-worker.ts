import '#src/zod-without-eval.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import type { PowerShellJob, PowerShellResult } from './powershell-job.ts'
import { powershellSnippet } from './powershell-snippet.ts'

// The body arrives as the compact text the request already holds; our lossless parser gives back the
// same tree (numbers as written, key order, unknown keys), so the snippet is the one the page would write.
addEventListener('message', (event: MessageEvent<PowerShellJob>) => {
  const { id, draft, body } = event.data
  const parsed = parseJson(body)
  const result: PowerShellResult = parsed.ok
    ? { id, ok: true, text: powershellSnippet({ ...draft, body: parsed.value }) }
    : { id, ok: false }
  postMessage(result)
})
