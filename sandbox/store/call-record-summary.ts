import { createHash } from 'node:crypto'
import { z } from 'zod'

/** A participant as `participants_v2` and `organizer_v2` carry it: an id and an identitySet. */
export interface Participant {
  id: string
  identity: Record<string, unknown>
}

/** What a call record is derived from its sessions, folded one session at a time. */
export interface CallRecordSummary {
  start: { text: string; ms: number } | null
  end: { text: string; ms: number } | null
  modalities: string[]
  participants: Participant[]
  /** The caller of the session that started first. */
  organizer: { participantId: string; startMs: number } | null
  /** A service endpoint took part (a conference server, a bot): Graph's mark of a group call. */
  withService: boolean
}

export const EMPTY_SUMMARY: CallRecordSummary = {
  start: null,
  end: null,
  modalities: [],
  participants: [],
  organizer: null,
  withService: false,
}

const record = z.record(z.string(), z.unknown())
const endpoint = z
  .object({
    '@odata.type': z.string().optional(),
    associatedIdentity: record.nullish(),
    identity: record.nullish(),
  })
  .loose()
const session = z
  .object({
    startDateTime: z.string().nullish(),
    endDateTime: z.string().nullish(),
    modalities: z.array(z.unknown()).nullish(),
    caller: endpoint.nullish(),
    callee: endpoint.nullish(),
  })
  .loose()

/** The summary with one more session in it. Only the fields read here are looked at; the rest is opaque. */
export function addSession(summary: CallRecordSummary, body: string): CallRecordSummary {
  const parsed = session.safeParse(JSON.parse(body))
  if (!parsed.success) return summary
  const { startDateTime, endDateTime, modalities, caller, callee } = parsed.data
  const start = timestamp(startDateTime)
  const end = timestamp(endDateTime)
  const participants = [...summary.participants]
  const seen = new Set(participants.map((p) => p.id))
  const callerParticipant = caller ? participantOf(caller) : null
  for (const found of [callerParticipant, callee ? participantOf(callee) : null]) {
    if (found && !seen.has(found.id)) {
      seen.add(found.id)
      participants.push(found)
    }
  }
  // A session without a start sorts last (JSON has no Infinity).
  const startMs = start?.ms ?? Number.MAX_SAFE_INTEGER
  const organizer =
    callerParticipant && (!summary.organizer || startMs < summary.organizer.startMs)
      ? { participantId: callerParticipant.id, startMs }
      : summary.organizer
  const union = [...summary.modalities]
  for (const modality of modalities ?? []) {
    if (typeof modality === 'string' && !union.includes(modality)) union.push(modality)
  }
  return {
    start: start && (!summary.start || start.ms < summary.start.ms) ? start : summary.start,
    end: end && (!summary.end || end.ms > summary.end.ms) ? end : summary.end,
    modalities: union,
    participants,
    organizer,
    withService: summary.withService || isService(caller) || isService(callee),
  }
}

/** Graph's callType: a service endpoint or more than two people make a group call. */
export function callType(summary: CallRecordSummary): 'groupCall' | 'peerToPeer' | 'unknown' {
  if (summary.withService || summary.participants.length > 2) return 'groupCall'
  return summary.participants.length > 0 ? 'peerToPeer' : 'unknown'
}

function timestamp(text: string | null | undefined): { text: string; ms: number } | null {
  if (!text) return null
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? null : { text, ms }
}

function isService(end: z.infer<typeof endpoint> | null | undefined): boolean {
  return end?.['@odata.type']?.toLowerCase() === '#microsoft.graph.callrecords.serviceendpoint'
}

/**
 * The identitySet of an endpoint: `associatedIdentity` (the beta replacement) goes where its type says
 * (user unless it names an application, a phone or a guest); the deprecated `identity` is one already.
 */
function participantOf(end: z.infer<typeof endpoint>): Participant | null {
  const associated = end.associatedIdentity
  if (associated && Object.keys(associated).length > 0) {
    const { '@odata.type': type, ...identity } = associated
    return withId({ [slotFor(typeof type === 'string' ? type : '')]: identity })
  }
  const set = end.identity
  if (!set) return null
  const filled = Object.fromEntries(
    Object.entries(set).filter(([name, value]) => name !== '@odata.type' && value !== null),
  )
  return Object.keys(filled).length > 0 ? withId(filled) : null
}

function slotFor(type: string): string {
  const name = type.toLowerCase()
  if (name.includes('applicationinstance')) return 'applicationInstance'
  if (name.includes('application')) return 'application'
  if (name.includes('phone')) return 'phone'
  if (name.includes('guest')) return 'guest'
  return 'user'
}

/** The id of the first identity that has one; otherwise a stable id made from the identity itself. */
function withId(identity: Record<string, unknown>): Participant {
  for (const value of Object.values(identity)) {
    const id = z.object({ id: z.string().min(1) }).safeParse(value)
    if (id.success) return { id: id.data.id, identity }
  }
  const hash = createHash('sha256').update(JSON.stringify(identity)).digest('hex')
  return {
    id: `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`,
    identity,
  }
}

export const summarySchema: z.ZodType<CallRecordSummary> = z.object({
  start: z.object({ text: z.string(), ms: z.number() }).nullable(),
  end: z.object({ text: z.string(), ms: z.number() }).nullable(),
  modalities: z.array(z.string()),
  participants: z.array(z.object({ id: z.string(), identity: record })),
  organizer: z.object({ participantId: z.string(), startMs: z.number() }).nullable(),
  withService: z.boolean(),
})
