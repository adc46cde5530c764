import {
  isJsonArray,
  isJsonObject,
  type JsonObject,
  type JsonPath,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { toPlain } from '#src/lib/json/plain.ts'
import { segment as segmentType } from './types/segment.ts'
import { session } from './types/session.ts'
import { findErrors, type Issue } from './validate.ts'
import {
  checkInside,
  checkStreams,
  fieldWarnings,
  findWarnings,
  windowOf,
  type TimeWindow,
} from './warnings.ts'

interface SegmentIssues {
  errors: Issue[]
  fields: Issue[]
  /** The segment's own window (ends before it starts). */
  own: Issue[]
  window: TimeWindow
  streams: Issue[]
}

const SEGMENTS_RANK = Object.keys(session.shape).indexOf('segments')
const rank = (issue: Issue) => Object.keys(session.shape).indexOf(String(issue.path[0]))
const at =
  (prefix: JsonPath) =>
  (issue: Issue): Issue => ({ ...issue, path: [...prefix, ...issue.path] })

/**
 * `findErrors` and `findWarnings`, remembering each segment's part by the segment's identity. The draft
 * shares every untouched branch, so after a keystroke only the edited segment is checked again: at
 * 40 segments that is a fortieth of the work. Results, order included, are those of the full functions.
 */
export class SessionIssues {
  private readonly bySegment = new WeakMap<JsonObject, SegmentIssues>()

  /** Segments of `body` not checked yet: a caller may `prepare` them one by one, between tasks. */
  unprepared(body: JsonValue): JsonObject[] {
    const segments = isJsonObject(body) ? body.get('segments') : undefined
    return isJsonArray(segments) ? segments.filter(isJsonObject).filter((s) => !this.bySegment.has(s)) : []
  }

  prepare(segment: JsonObject): SegmentIssues {
    const cached = this.bySegment.get(segment)
    if (cached) return cached
    const warnings: Issue[] = []
    const warn = (path: JsonPath, message: string) => warnings.push({ path, message, severity: 'warning' })
    const window = windowOf(segment, [], 'segment', warn)
    const own = warnings.splice(0)
    checkStreams(segment, [], window, warn)
    const issues: SegmentIssues = {
      errors: segmentErrors(segment),
      fields: fieldWarnings(segmentType, segment),
      own,
      window,
      streams: warnings,
    }
    this.bySegment.set(segment, issues)
    return issues
  }

  errors(body: JsonValue): Issue[] {
    const segments = isJsonObject(body) ? body.get('segments') : undefined
    if (!isJsonObject(body) || !isJsonArray(segments)) return findErrors(body)
    const shell = findErrors(new Map(body).set('segments', []))
    const inSegments = segments.flatMap((item, index) =>
      (isJsonObject(item) ? this.prepare(item).errors : segmentErrors(item)).map(at(['segments', index])),
    )
    // zod reports properties in declared order: the segments' errors sit where `segments` is declared.
    return [
      ...shell.filter((issue) => rank(issue) < SEGMENTS_RANK),
      ...inSegments,
      ...shell.filter((issue) => rank(issue) > SEGMENTS_RANK),
    ]
  }

  warnings(body: JsonValue): Issue[] {
    const segments = isJsonObject(body) ? body.get('segments') : undefined
    if (!isJsonObject(body) || !isJsonArray(segments)) return findWarnings(body)
    const shell = new Map(body).set('segments', [])
    const shellFields = fieldWarnings(session, shell)
    const timeline: Issue[] = []
    const warn = (path: JsonPath, message: string) => timeline.push({ path, message, severity: 'warning' })
    const sessionWindow = windowOf(body, [], 'session', warn)
    const inSegments: Issue[] = []
    segments.forEach((item, index) => {
      if (!isJsonObject(item)) return
      const path = ['segments', index]
      const parts = this.prepare(item)
      inSegments.push(...parts.fields.map(at(path)))
      timeline.push(...parts.own.map(at(path)))
      checkInside(parts.window, sessionWindow, path, 'segment', 'session', warn)
      timeline.push(...parts.streams.map(at(path)))
    })
    return [
      ...shellFields.filter((issue) => rank(issue) < SEGMENTS_RANK),
      ...inSegments,
      ...shellFields.filter((issue) => rank(issue) > SEGMENTS_RANK),
      ...timeline,
    ]
  }
}

/** What `findErrors` reports inside one segment, with paths relative to it. */
function segmentErrors(value: JsonValue): Issue[] {
  const result = segmentType.safeParse(toPlain(value))
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
    severity: 'error',
  }))
}
