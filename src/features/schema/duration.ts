/**
 * Graph's Edm.Duration pattern (OAS: days, hours, minutes, seconds; no years or months), with what the OAS
 * pattern lets through but no TimeSpan parser reads ruled out: at least one part, and none of `P`, `PT`, `P1DT`.
 */
export const DURATION_PATTERN =
  /^-?P(?=[0-9T])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.][0-9]+)?S)?)?$/

const PARTS = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/
// System.TimeSpan.MaxValue (922,337,203,685.4775807 s), to the precision a double holds.
const MAX_SECONDS = 922337203685.4775

/** Seconds (negative allowed), or undefined when the text is not a Duration Graph reads. */
export function durationToSeconds(text: string): number | undefined {
  const match = DURATION_PATTERN.test(text) ? PARTS.exec(text) : null
  if (!match) return undefined
  const [, sign, d, h, m, s] = match
  const seconds = Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0)
  if (seconds > MAX_SECONDS) return undefined
  return sign ? -seconds : seconds
}

export function durationProblem(text: string): string | undefined {
  if (durationToSeconds(text) !== undefined) return undefined
  if (DURATION_PATTERN.test(text)) return 'Longer than System.TimeSpan can hold (about 29,227 years)'
  if (/^\s*-?\d/.test(text))
    return `Not an ISO 8601 duration; type e.g. "45 ms" or "1.5 s", or write PT0.045S`
  return 'Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H'
}

const UNIT_SECONDS: Record<string, number> = {
  ms: 0.001,
  msec: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
}

/** A convenience for people: "45 ms", "1.5 s", "2 min", "1h 30m" → ISO 8601. ISO input passes through. */
export function parseHumanDuration(text: string): string | undefined {
  const trimmed = text.trim()
  if (durationToSeconds(trimmed) !== undefined) return trimmed
  const negative = trimmed.startsWith('-')
  const body = negative ? trimmed.slice(1) : trimmed
  const part = /(\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*/gy
  let total = 0
  let consumed = 0
  for (let match = part.exec(body); match; match = part.exec(body)) {
    const unit = UNIT_SECONDS[(match[2] ?? '').toLowerCase()]
    if (unit === undefined) return undefined
    total += Number(match[1]) * unit
    consumed = part.lastIndex
  }
  if (consumed === 0 || consumed !== body.length) return undefined
  return secondsToDuration(negative ? -total : total)
}

/** Seconds → the shortest ISO 8601 form, as XmlConvert writes it (PT0.016S, PT1M30S, P1DT2H, PT0S). */
export function secondsToDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : ''
  // Work in ten-millionths (TimeSpan ticks) so decimal fractions do not drift.
  let ticks = Math.round(Math.abs(seconds) * 1e7)
  const days = Math.floor(ticks / 864e9)
  ticks -= days * 864e9
  const hours = Math.floor(ticks / 36e9)
  ticks -= hours * 36e9
  const minutes = Math.floor(ticks / 6e8)
  ticks -= minutes * 6e8
  const whole = Math.floor(ticks / 1e7)
  const fraction = ticks - whole * 1e7
  const secondsText = fraction
    ? `${whole}.${String(fraction).padStart(7, '0').replace(/0+$/, '')}`
    : `${whole}`
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${whole || fraction ? `${secondsText}S` : ''}`
  if (!days && !time) return 'PT0S'
  return `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`
}

/** For labels beside the input: "16 ms", "1.5 s", "2 min 3 s". */
export function describeDuration(text: string): string | undefined {
  const seconds = durationToSeconds(text)
  if (seconds === undefined) return undefined
  const abs = Math.abs(seconds)
  const sign = seconds < 0 ? '−' : ''
  if (abs < 1) return `${sign}${Number((abs * 1000).toFixed(4))} ms`
  if (abs < 60) return `${sign}${Number(abs.toFixed(7))} s`
  const parts: string[] = []
  let rest = abs
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['min', 60],
  ] as const) {
    const count = Math.floor(rest / size)
    if (count) parts.push(`${count} ${unit}`)
    rest -= count * size
  }
  if (rest) parts.push(`${Number(rest.toFixed(7))} s`)
  return sign + parts.join(' ')
}
