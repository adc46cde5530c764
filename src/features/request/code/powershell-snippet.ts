import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import {
  IDENTITY_KEYS,
  MISSING_CALL_RECORD_ID,
} from '#src/features/parameter-sets/cloud-communications-identity.ts'
import { CMDLET } from '../what-if.ts'
import { psExpanded } from './ps-expanded.ts'
import { psString } from './ps-quote.ts'
import { holdsDroppedProperties, psValue, PS_INDENT } from './ps-value.ts'

export type PowerShellDraft = Pick<
  DraftState,
  'target' | 'bodyKind' | 'callRecordId' | 'inputObject' | 'body' | 'whatIf' | 'confirm'
>

/**
 * Signing in comes first. Graph's documents name no delegated permission for call records, only the
 * application permission CallRecords.Read.All (for GET): the line says so rather than invent a scope.
 */
export const CONNECT = [
  '# Sign in first. Graph documents one permission for call records, the application permission',
  '# CallRecords.Read.All (for GET): expect 403 or 405 for this POST.',
  "Connect-MgGraph -Scopes 'CallRecords.Read.All' -NoWelcome",
].join('\n')

/** The same invocation as PowerShell, for the current parameter set. It never holds a token. */
export function powershellSnippet(draft: PowerShellDraft): string {
  const blocks: string[] = ['Import-Module Microsoft.Graph.Beta.CloudCommunications', CONNECT]
  const notes: string[] = []
  if (holdsDroppedProperties(draft.body)) {
    notes.push(
      '# The body holds null properties or empty objects: the PowerShell SDK leaves them out of the request it sends.',
    )
  }
  const parameters: string[] = []
  const variables: string[] = []

  if (draft.target === 'InputObject') {
    const entries = IDENTITY_KEYS.flatMap((key) => {
      const value = draft.inputObject[key]
      return value ? [`${PS_INDENT}${key} = ${psString(value)}`] : []
    })
    if (!draft.inputObject.CallRecordId) notes.push(`# The cmdlet stops here: "${MISSING_CALL_RECORD_ID}".`)
    variables.push(entries.length ? ['$identity = @{', ...entries, '}'].join('\n') : '$identity = @{}')
    parameters.push('-InputObject $identity')
  } else if (draft.callRecordId) {
    parameters.push(`-CallRecordId ${psString(draft.callRecordId)}`)
  } else {
    variables.push("$callRecordId = '<callRecord-id>' # required: the unique identifier of callRecord")
    parameters.push('-CallRecordId $callRecordId')
  }

  if (draft.bodyKind === 'BodyParameter') {
    variables.push(`$params = ${psValue(draft.body)}`)
    parameters.push('-BodyParameter $params')
  } else {
    const expanded = psExpanded(draft.body)
    notes.push(...expanded.notes)
    variables.push(...expanded.variables)
    parameters.push(...expanded.parameters)
  }
  if (draft.whatIf) parameters.push('-WhatIf')
  if (draft.confirm) parameters.push('-Confirm')

  if (notes.length) blocks.push(notes.join('\n'))
  blocks.push(...variables)
  blocks.push(command(parameters))
  return blocks.join('\n\n') + '\n'
}

/** One line when it fits; otherwise one parameter a line, continued with a backtick. */
function command(parameters: readonly string[]): string {
  const line = [CMDLET, ...parameters].join(' ')
  if (line.length <= 100) return line
  return [CMDLET, ...parameters.map((p) => PS_INDENT + p)].join(' `\n')
}
