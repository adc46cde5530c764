import type { RequestTarget } from '#src/features/open-draft/request-target.ts'
import type { BuiltRequest } from '../build-request.ts'
import { curlSnippet } from './curl-snippet.ts'
import { fetchSnippet } from './fetch-snippet.ts'

export type SnippetKind = 'powershell' | 'curl' | 'fetch'

export const SNIPPETS: readonly { kind: SnippetKind; label: string }[] = [
  { kind: 'powershell', label: 'PowerShell' },
  { kind: 'curl', label: 'curl' },
  { kind: 'fetch', label: 'JavaScript' },
]

/** curl and fetch wrap the request as built; PowerShell is written by a worker (use-powershell-snippet.ts). */
export function requestSnippetFor(
  kind: Exclude<SnippetKind, 'powershell'>,
  request: BuiltRequest,
  target: RequestTarget,
): string {
  return kind === 'curl'
    ? curlSnippet(request, { sandbox: target.kind === 'sandbox' })
    : fetchSnippet(request)
}
