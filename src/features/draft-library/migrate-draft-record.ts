import { z } from 'zod'
import {
  IDENTITY_KEYS,
  type CloudCommunicationsIdentity,
} from '#src/features/parameter-sets/cloud-communications-identity.ts'
import { parameterSetName } from '#src/features/parameter-sets/parameter-set.ts'
import { DRAFT_FORMAT, DRAFT_VERSION, draftRecordV1, type DraftRecord } from './draft-record.ts'

/**
 * Version 0: the unversioned shape the first prototype kept in localStorage. Only read, never written;
 * it shows how an old shape is carried forward.
 */
const draftRecordV0 = z.object({
  name: z.string().optional(),
  savedAt: z.number(),
  target: z.enum(['CallRecordId', 'InputObject']),
  mode: z.enum(['fields', 'json']),
  callRecordId: z.string().default(''),
  inputObject: z.record(z.string(), z.string()).default({}),
  body: z.string(),
  jsonText: z.string().nullable().optional(),
  switches: z.object({ whatIf: z.boolean().optional(), confirm: z.boolean().optional() }).default({}),
})

export type Migrated = { ok: true; record: DraftRecord; from: number } | { ok: false; problem: string }

/** Any stored or imported draft, brought to the current version; a clear problem when it cannot be read. */
export function migrateDraftRecord(stored: unknown): Migrated {
  const version = versionOf(stored)
  if (version === undefined) return { ok: false, problem: 'This is not a saved draft.' }
  if (version > DRAFT_VERSION) {
    return {
      ok: false,
      problem: `This draft was saved by a newer Session Composer (format version ${version}).`,
    }
  }
  if (version === 0) {
    const old = draftRecordV0.safeParse(stored)
    if (!old.success) return { ok: false, problem: describe(old.error) }
    return { ok: true, record: fromV0(old.data), from: 0 }
  }
  const current = draftRecordV1.safeParse(stored)
  return current.success
    ? { ok: true, record: current.data, from: DRAFT_VERSION }
    : { ok: false, problem: describe(current.error) }
}

function versionOf(stored: unknown): number | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined
  if (!('version' in stored)) return 'savedAt' in stored && 'body' in stored ? 0 : undefined
  const version = stored.version
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined
}

function fromV0(old: z.infer<typeof draftRecordV0>): DraftRecord {
  const inputObject: CloudCommunicationsIdentity = Object.fromEntries(
    IDENTITY_KEYS.flatMap((key) => {
      const value = old.inputObject[key]
      return value ? [[key, value]] : []
    }),
  )
  const json = old.mode === 'json'
  return {
    version: DRAFT_VERSION,
    format: DRAFT_FORMAT,
    name: old.name ?? 'Recovered draft',
    savedAt: new Date(old.savedAt).toISOString(),
    draft: {
      parameterSet: parameterSetName(old.target, json ? 'BodyParameter' : 'Expanded'),
      callRecordId: old.callRecordId,
      inputObject,
      body: old.body,
      bodyText: json ? (old.jsonText ?? old.body) : null,
      whatIf: old.switches.whatIf ?? false,
      confirm: old.switches.confirm ?? false,
    },
  }
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'The saved draft is not readable.'
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the record'
  return `The saved draft is damaged (${where}: ${issue.message}).`
}
