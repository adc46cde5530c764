import { z } from 'zod'
import { IDENTITY_KEYS } from '#src/features/parameter-sets/cloud-communications-identity.ts'
import type { ParameterSetName } from '#src/features/parameter-sets/parameter-set.ts'

/** Marks a saved draft (autosave, `*.draft.json`, share link) so a file can be told from a session body. */
export const DRAFT_FORMAT = 'session-composer.draft'
export const DRAFT_VERSION = 1

const parameterSets = [
  'CreateExpanded',
  'Create',
  'CreateViaIdentity',
  'CreateViaIdentityExpanded',
] as const satisfies readonly ParameterSetName[]

const savedInvocation = z
  .object({
    parameterSet: z.enum(parameterSets),
    callRecordId: z.string(),
    inputObject: z.partialRecord(z.enum(IDENTITY_KEYS), z.string()),
    /**
     * The body as lossless JSON text (numbers and key order as held). Null when `bodyText` holds it: a
     * BodyParameter draft whose text is valid, so a large body is not written twice.
     */
    body: z.string().nullable(),
    /** The BodyParameter text exactly as typed, valid or not; null in the expanded sets. */
    bodyText: z.string().nullable(),
    whatIf: z.boolean(),
    confirm: z.boolean(),
  })
  .refine((draft) => draft.body !== null || draft.bodyText !== null, {
    error: 'A saved draft needs its body or its BodyParameter text',
    path: ['body'],
  })

/** Version 1 of the storage format. A new version adds a step to `migrateDraftRecord`, never edits this. */
export const draftRecordV1 = z.object({
  version: z.literal(DRAFT_VERSION),
  format: z.literal(DRAFT_FORMAT),
  name: z.string(),
  savedAt: z.iso.datetime({ offset: true }),
  draft: savedInvocation,
})

export type DraftRecord = z.infer<typeof draftRecordV1>
