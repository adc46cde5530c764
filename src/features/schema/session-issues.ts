import {
  isJsonArray,
  isJsonObject,
  type JsonObject,
  type JsonPath,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { judgeItem } from './judge.ts'
import { segment as segmentType } from './types/segment.ts'
import { session } from './types/session.ts'
import {
  asWarning,
  findErrors,
  findUnknownProperties,
  toIssue,
  type Issue,
  type ValidationOptions,
} from './validate.ts'
import {
  checkInside,
  checkStreams,
  fieldWarnings,
  findWarnings,
  windowOf,
  type TimeWindow,
} from './warnings.ts'

interface ItemIssues {
  errors: Issue[]
  /** Undeclared keys on closed types, when they are allowed (warnings then). */
  unknown: Issue[]
}

interface SegmentIssues extends ItemIssues {
  fields: Issue[]
  /** The segment's own window (ends before it starts). */
  own: Issue[]
  window: TimeWindow
  streams: Issue[]
}

type Options = Pick<ValidationOptions, 'allowUnknownProperties'>

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

  constructor(private readonly options: Options = {}) {}

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
      ...this.itemIssues(segment),
      fields: fieldWarnings(segmentType, segment),
      own,
      window,
      streams: warnings,
    }
    this.bySegment.set(segment, issues)
    return issues
  }

  errors(body: JsonValue): Issue[] {
    const parts = this.parts(body)
    if (!parts) return findErrors(body, this.options)
    const shell = split(findErrors(parts.shell, this.options), parts.body)
    const inSegments = parts.segments.flatMap((item, index) =>
      this.partsOf(item).errors.map(at(['segments', index])),
    )
    // Findings come in document order: the segments' sit where `segments` is in the body.
    return [...shell.before, ...inSegments, ...shell.after]
  }

  warnings(body: JsonValue): Issue[] {
    const parts = this.parts(body)
    if (!parts) return findWarnings(body, this.options)
    const unknownShell = split(
      this.options.allowUnknownProperties ? findUnknownProperties(parts.shell) : [],
      parts.body,
    )
    const fieldsShell = split(fieldWarnings(session, parts.shell), parts.body, Object.keys(session.shape))
    const timeline: Issue[] = []
    const warn = (path: JsonPath, message: string) => timeline.push({ path, message, severity: 'warning' })
    const sessionWindow = windowOf(parts.body, [], 'session', warn)
    const unknown: Issue[] = []
    const fields: Issue[] = []
    parts.segments.forEach((item, index) => {
      const path = ['segments', index]
      unknown.push(...this.partsOf(item).unknown.map(at(path)))
      if (!isJsonObject(item)) return
      const segment = this.prepare(item)
      fields.push(...segment.fields.map(at(path)))
      timeline.push(...segment.own.map(at(path)))
      checkInside(segment.window, sessionWindow, path, 'segment', 'session', warn)
      timeline.push(...segment.streams.map(at(path)))
    })
    return [
      ...unknownShell.before,
      ...unknown,
      ...unknownShell.after,
      ...fieldsShell.before,
      ...fields,
      ...fieldsShell.after,
      ...timeline,
    ]
  }

  private parts(body: JsonValue) {
    const segments = isJsonObject(body) ? body.get('segments') : undefined
    if (!isJsonObject(body) || !isJsonArray(segments)) return undefined
    return { body, segments, shell: new Map(body).set('segments', []) }
  }

  private partsOf(item: JsonValue): ItemIssues {
    return isJsonObject(item) ? this.prepare(item) : this.itemIssues(item)
  }

  /** What `findErrors` reports inside one item of `segments`, with paths relative to it. */
  private itemIssues(item: JsonValue): ItemIssues {
    const issues: ItemIssues = { errors: [], unknown: [] }
    judgeItem(session, 'segments', item, undefined, (where, rule, describe) => {
      const found = toIssue(where, describe())
      if (rule === 'unknownProperty' && this.options.allowUnknownProperties)
        issues.unknown.push(asWarning(found))
      else issues.errors.push(found)
    })
    return issues
  }
}

/** Issues of the body without its segments, split at where `segments` sits in `order` (the body's, by default). */
function split(issues: Issue[], body: JsonObject, order: readonly string[] = [...body.keys()]) {
  const segmentsAt = order.indexOf('segments')
  const rank = (issue: Issue) => order.indexOf(String(issue.path[0]))
  return {
    before: issues.filter((issue) => rank(issue) < segmentsAt),
    after: issues.filter((issue) => rank(issue) > segmentsAt),
  }
}
