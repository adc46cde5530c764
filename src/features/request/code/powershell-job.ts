import { parseJson } from '#src/lib/json/parse.ts'
import type { PowerShellDraft } from './powershell-snippet.ts'

export interface PowerShellJob {
  id: number
  draft: Omit<PowerShellDraft, 'body'>
  /** The body as compact JSON (`BuiltRequest.body`). */
  body: string
}

export type PowerShellResult = { id: number; ok: true; text: string } | { id: number; ok: false }

let worker: Worker | null | undefined
let nextId = 0
const pending = new Map<number, (result: PowerShellResult) => void>()

function theWorker(): Worker | null {
  if (worker !== undefined) return worker
  worker =
    typeof Worker === 'undefined'
      ? null
      : new Worker(new URL('./powershell-worker.ts', import.meta.url), { type: 'module' })
  worker?.addEventListener('message', (event: MessageEvent<PowerShellResult>) => {
    pending.get(event.data.id)?.(event.data)
    pending.delete(event.data.id)
  })
  return worker
}

// Without a worker the writer is loaded here, on demand: it stays out of the first download either way.
async function onThisThread({ draft, body }: Omit<PowerShellJob, 'id'>): Promise<string> {
  const { powershellSnippet } = await import('./powershell-snippet.ts')
  const parsed = parseJson(body)
  return parsed.ok ? powershellSnippet({ ...draft, body: parsed.value }) : ''
}

/**
 * The PowerShell snippet, written by a worker: for a large body it is megabytes of text and tens of
 * milliseconds (hundreds at 4 MB) that would otherwise block input. Without workers (tests), written here.
 */
export function powershellInWorker(draft: PowerShellDraft, body: string): Promise<string> {
  const { target, bodyKind, callRecordId, inputObject, whatIf, confirm } = draft
  const job = { draft: { target, bodyKind, callRecordId, inputObject, whatIf, confirm }, body }
  const thread = theWorker()
  if (!thread) return onThisThread(job)
  const id = ++nextId
  return new Promise((resolve) => {
    pending.set(id, (result) => {
      resolve(result.ok ? result.text : onThisThread(job))
    })
    thread.postMessage({ id, ...job } satisfies PowerShellJob)
  })
}
