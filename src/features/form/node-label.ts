import { dateTimeToEpochMs } from '#src/features/schema/date-time.ts'
import { isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'

export type NodeKind = 'session' | 'segment' | 'media' | 'stream'

export function nodeKind(path: JsonPath): NodeKind {
  return (
    (['session', 'session', 'segment', 'segment', 'media', 'media', 'stream'] as const)[path.length] ??
    'stream'
  )
}

const NAMES: Record<NodeKind, string> = {
  session: 'Session',
  segment: 'Segment',
  media: 'Media',
  stream: 'Stream',
}

/** "Segment 2", "Media 1", "Stream 3": one-based, as people count. */
export function nodeTitle(path: JsonPath): string {
  const kind = nodeKind(path)
  const index = path.at(-1)
  return kind === 'session' || typeof index !== 'number' ? NAMES[kind] : `${NAMES[kind]} ${index + 1}`
}

function text(node: JsonValue | undefined, key: string): string | undefined {
  const value = isJsonObject(node) ? node.get(key) : undefined
  return typeof value === 'string' && value ? value : undefined
}

function timeOfDay(iso: string | undefined): string | undefined {
  return iso && dateTimeToEpochMs(iso) !== undefined ? iso.slice(11, 19) : undefined
}

// Every outline row asks on every keystroke; only the edited node is new (the draft shares the rest).
const details = new WeakMap<object, { kind: NodeKind; detail: string }>()

/** What tells nodes apart at a glance: a segment's times, a media's label, a stream's direction and id. */
export function nodeDetail(path: JsonPath, node: JsonValue | undefined): string {
  const kind = nodeKind(path)
  if (!isJsonObject(node)) return detailOf(kind, node)
  const cached = details.get(node)
  if (cached?.kind === kind) return cached.detail
  const detail = detailOf(kind, node)
  details.set(node, { kind, detail })
  return detail
}

function detailOf(kind: NodeKind, node: JsonValue | undefined): string {
  switch (kind) {
    case 'segment': {
      const start = timeOfDay(text(node, 'startDateTime'))
      const end = timeOfDay(text(node, 'endDateTime'))
      return start || end ? `${start ?? '…'}–${end ?? '…'}` : ''
    }
    case 'media':
      return text(node, 'label') ?? ''
    case 'stream':
      return [text(node, 'streamDirection'), text(node, 'streamId')].filter(Boolean).join(' · ')
    default:
      return text(node, 'id') ?? ''
  }
}
