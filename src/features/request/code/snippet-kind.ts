import type { DraftState } from '../../draft/draft-state.ts'
import type { BuiltRequest } from '../build-request.ts'
import { curlSnippet } from './curl-snippet.ts'
import { fetchSnippet } from './fetch-snippet.ts'
import { powershellSnippet } from './powershell-snippet.ts'

export type SnippetKind = 'powershell' | 'curl' | 'fetch'

export const SNIPPETS: readonly { kind: SnippetKind; label: string }[] = [
  { kind: 'powershell', label: 'PowerShell' },
  { kind: 'curl', label: 'curl' },
  { kind: 'fetch', label: 'JavaScript' },
]

export function snippetFor(kind: SnippetKind, draft: DraftState, request: BuiltRequest): string {
  if (kind === 'powershell') return powershellSnippet(draft)
  return kind === 'curl' ? curlSnippet(request) : fetchSnippet(request)
}
