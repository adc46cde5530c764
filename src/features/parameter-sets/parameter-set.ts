/** How the cmdlet is told which call record: by id, or by an identity object (`-InputObject`). */
export type TargetKind = 'CallRecordId' | 'InputObject'

/** How the body is given: expanded parameters, or one `-BodyParameter` object (edited as raw JSON). */
export type BodyKind = 'Expanded' | 'BodyParameter'

export type ParameterSetName = 'CreateExpanded' | 'Create' | 'CreateViaIdentity' | 'CreateViaIdentityExpanded'

/** In the help's order; `CreateExpanded` is the default. */
export const PARAMETER_SETS: readonly ParameterSetName[] = [
  'CreateExpanded',
  'Create',
  'CreateViaIdentity',
  'CreateViaIdentityExpanded',
]

export function parameterSetName(target: TargetKind, body: BodyKind): ParameterSetName {
  if (target === 'CallRecordId') return body === 'Expanded' ? 'CreateExpanded' : 'Create'
  return body === 'Expanded' ? 'CreateViaIdentityExpanded' : 'CreateViaIdentity'
}

export function parameterSetParts(name: ParameterSetName): { target: TargetKind; body: BodyKind } {
  return {
    target: name.startsWith('CreateViaIdentity') ? 'InputObject' : 'CallRecordId',
    body: name.endsWith('Expanded') ? 'Expanded' : 'BodyParameter',
  }
}
