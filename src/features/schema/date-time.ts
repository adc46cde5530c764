/** Graph's DateTimeOffset pattern (OAS): fraction optional (1–12 digits), `Z` or `±hh:mm` required. */
export const DATE_TIME_PATTERN =
  /^([0-9]{4,})-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,12})?(Z|([+-])([0-9][0-9]):([0-9][0-9]))$/

/**
 * The same rule as JSON Schema: the pattern narrows the year to 0001–9999 and the offset to ±14:00; days per
 * month (leap years included) are left to `format: date-time`, which every JSON Schema validator knows.
 */
export const DATE_TIME_SCHEMA_PATTERN =
  '^(?!0000)[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,12})?(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)$'

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const LOOSE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/

/** The first part of a date and time that cannot exist (month 13, day 45, hour 25, minute 61), if any. */
function impossiblePart(text: string): string | undefined {
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '00'] = LOOSE.exec(text) ?? []
  if (!year) return undefined
  const m = Number(month)
  if (m < 1 || m > 12) return `There is no month ${month} (01–12)`
  const y = Number(year)
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31)
  if (Number(day) < 1) return `There is no day ${day}`
  if (Number(day) > days) return `${year}-${month} has only ${days} days`
  if (Number(hour) > 23) return `There is no hour ${hour} (00–23)`
  if (Number(minute) > 59) return `There is no minute ${minute} (00–59)`
  if (Number(second) > 59) return `There is no second ${second} (00–59)`
  return undefined
}

/** Why Graph would refuse this DateTimeOffset, or undefined when it reads it. */
export function dateTimeProblem(text: string): string | undefined {
  const match = DATE_TIME_PATTERN.exec(text)
  if (!match) {
    const impossible = impossiblePart(text)
    if (impossible) return impossible
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) {
      return 'Add a time zone: Z for UTC (e.g. 2020-02-25T18:52:21Z) or an offset such as +01:00'
    }
    return 'Not an ISO 8601 date-time; write e.g. 2020-02-25T18:52:21.2169889Z'
  }
  const [, year, month, day, , , , , offsetHours, offsetMinutes] = match
  const y = Number(year)
  const m = Number(month)
  if (y < 1 || y > 9999) return 'The year must be between 0001 and 9999'
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31)
  if (Number(day) > days) return `${year}-${month} has only ${days} days`
  if (Number(offsetMinutes ?? 0) > 59) return "A UTC offset's minutes run from 00 to 59"
  if (offsetHours !== undefined && Number(offsetHours) * 60 + Number(offsetMinutes) > 14 * 60) {
    return 'A UTC offset must be within ±14:00'
  }
  return undefined
}

/** Milliseconds since the epoch; the fraction beyond milliseconds is ignored (comparisons only). */
export function dateTimeToEpochMs(text: string): number | undefined {
  if (dateTimeProblem(text) !== undefined) return undefined
  const trimmed = text.replace(/(\.\d{3})\d+/, '$1')
  const ms = Date.parse(trimmed)
  return Number.isNaN(ms) ? undefined : ms
}
