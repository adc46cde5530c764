import { dateTimeProblem } from '#src/features/schema/date-time.ts'

const PARTS = /^(\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/
const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/**
 * The same DateTimeOffset moved by whole seconds, written as before: its own offset, its fraction digits
 * verbatim. Undefined when the text is not a date-time Graph reads, or the result leaves years 1–9999.
 */
export function shiftDateTime(text: string, seconds: number): string | undefined {
  const match = PARTS.exec(text)
  if (!match || dateTimeProblem(text) !== undefined) return undefined
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const wallClock = new Date(0)
  wallClock.setUTCFullYear(Number(year), Number(month) - 1, Number(day))
  wallClock.setUTCHours(Number(hour), Number(minute), Number(second) + seconds, 0)
  const y = wallClock.getUTCFullYear()
  if (y < 1 || y > 9999) return undefined
  return (
    `${pad(y, 4)}-${pad(wallClock.getUTCMonth() + 1)}-${pad(wallClock.getUTCDate())}` +
    `T${pad(wallClock.getUTCHours())}:${pad(wallClock.getUTCMinutes())}:${pad(wallClock.getUTCSeconds())}` +
    `${fraction}${zone}`
  )
}
