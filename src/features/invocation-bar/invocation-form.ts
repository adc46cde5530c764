import { z } from 'zod'
import {
  IDENTITY_KEYS,
  MISSING_CALL_RECORD_ID,
} from '#src/features/parameter-sets/cloud-communications-identity.ts'
import type { TargetKind } from '#src/features/parameter-sets/parameter-set.ts'

export const CALL_RECORD_ID_REQUIRED = 'Required: the unique identifier of callRecord'

/**
 * The invocation bar's form: the target parameters of the cmdlet. Only the chosen one has to name a call
 * record, in the cmdlet's own words.
 */
export const invocationForm = z
  .object({
    target: z.enum(['CallRecordId', 'InputObject'] as const satisfies readonly TargetKind[]),
    callRecordId: z.string(),
    inputObject: z.partialRecord(z.enum(IDENTITY_KEYS), z.string()),
  })
  .superRefine(({ target, callRecordId, inputObject }, context) => {
    if (target === 'CallRecordId' && !callRecordId)
      context.addIssue({ code: 'custom', path: ['callRecordId'], message: CALL_RECORD_ID_REQUIRED })
    if (target === 'InputObject' && !inputObject.CallRecordId)
      context.addIssue({
        code: 'custom',
        path: ['inputObject', 'CallRecordId'],
        message: MISSING_CALL_RECORD_ID,
      })
  })

export type InvocationFormValues = z.input<typeof invocationForm>
