import type { z } from 'zod'
import {
  isJsonArray,
  isJsonObject,
  JsonNumber,
  type JsonObject,
  type JsonPath,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { isIpAddress, isMacAddress } from './address.ts'
import { dateTimeToEpochMs } from './date-time.ts'
import { durationToSeconds } from './duration.ts'
import type { Check } from './field-meta.ts'
import { session } from './types/session.ts'
import { findUnknownProperties, type Issue, type ValidationOptions } from './validate.ts'
import { walkFields } from './walk.ts'

/**
 * Implausible but sendable: shown beside the field, never blocking. Testers may want these on purpose. With
 * `allowUnknownProperties`, the undeclared keys on closed types come first, as warnings.
 */
export function findWarnings(
  body: JsonValue,
  options: Pick<ValidationOptions, 'allowUnknownProperties'> = {},
): Issue[] {
  const warnings = options.allowUnknownProperties ? findUnknownProperties(body) : []
  warnings.push(...fieldWarnings(session, body))
  const warn = (path: JsonPath, message: string) => warnings.push({ path, message, severity: 'warning' })
  if (isJsonObject(body)) checkTimeline(body, warn)
  return warnings
}

/** The warnings of single fields (ranges, addresses) in a value of `type` found at `at`. */
export function fieldWarnings(type: z.ZodType, value: JsonValue, at: JsonPath = []): Issue[] {
  const warnings: Issue[] = []
  const warn = (path: JsonPath, message: string) => warnings.push({ path, message, severity: 'warning' })
  walkFields(
    type,
    value,
    ({ path, value, meta }) => {
      if (meta.check) {
        const message = checkValue(meta.check, value)
        if (message) warn(path, message)
      }
    },
    at,
  )
  return warnings
}

function numberOf(value: JsonValue): number | undefined {
  return value instanceof JsonNumber ? value.toNumber() : undefined
}

function checkValue(check: Check, value: JsonValue): string | undefined {
  const n = numberOf(value)
  switch (check) {
    case 'ratio':
      return n !== undefined && (n < 0 || n > 1) ? 'A ratio is usually between 0 and 1' : undefined
    case 'percent':
      return n !== undefined && (n < 0 || n > 100) ? 'A percentage is usually between 0 and 100' : undefined
    case 'port':
      return n !== undefined && (n < 0 || n > 65535) ? 'Ports run from 0 to 65535' : undefined
    case 'nonNegative':
      if (n !== undefined) return n < 0 ? 'Negative values are implausible here' : undefined
      return typeof value === 'string' && (durationToSeconds(value) ?? 0) < 0
        ? 'A negative duration is implausible here'
        : undefined
    case 'ip':
      return typeof value === 'string' && !isIpAddress(value) ? 'Not an IPv4 or IPv6 address' : undefined
    case 'mac':
      return typeof value === 'string' && !isMacAddress(value)
        ? 'Not a MAC address (e.g. 00-11-22-33-44-55)'
        : undefined
  }
}

export type Warn = (path: JsonPath, message: string) => void
export interface TimeWindow {
  start?: number
  end?: number
}

export function windowOf(node: JsonObject, path: JsonPath, label: string, warn: Warn): TimeWindow {
  const at = (key: string) => {
    const value = node.get(key)
    return typeof value === 'string' ? dateTimeToEpochMs(value) : undefined
  }
  const window = { start: at('startDateTime'), end: at('endDateTime') }
  if (window.start !== undefined && window.end !== undefined && window.end < window.start) {
    warn([...path, 'endDateTime'], `The ${label} ends before it starts`)
  }
  return window
}

export function checkInside(
  inner: TimeWindow,
  outer: TimeWindow,
  path: JsonPath,
  label: string,
  parent: string,
  warn: Warn,
): void {
  if (inner.start !== undefined && outer.start !== undefined && inner.start < outer.start) {
    warn([...path, 'startDateTime'], `The ${label} starts before its ${parent}`)
  }
  if (inner.end !== undefined && outer.end !== undefined && inner.end > outer.end) {
    warn([...path, 'endDateTime'], `The ${label} ends after its ${parent}`)
  }
}

const MAX_OVER_AVERAGE = [
  ['maxJitter', 'averageJitter'],
  ['maxAudioNetworkJitter', 'averageAudioNetworkJitter'],
  ['maxRoundTripTime', 'averageRoundTripTime'],
  ['maxPacketLossRate', 'averagePacketLossRate'],
  ['maxRatioOfConcealedSamples', 'averageRatioOfConcealedSamples'],
] as const

function magnitude(value: JsonValue | undefined): number | undefined {
  if (value instanceof JsonNumber) return value.toNumber()
  return typeof value === 'string' ? durationToSeconds(value) : undefined
}

function checkStream(stream: JsonObject, path: JsonPath, segment: TimeWindow, warn: Warn): void {
  checkInside(windowOf(stream, path, 'stream', warn), segment, path, 'stream', 'segment', warn)
  for (const [max, average] of MAX_OVER_AVERAGE) {
    const high = magnitude(stream.get(max))
    const mean = magnitude(stream.get(average))
    if (high !== undefined && mean !== undefined && high < mean)
      warn([...path, max], `Below ${average}: a maximum under its average`)
  }
}

export function children(node: JsonObject, key: string): [JsonObject, number][] {
  const items = node.get(key)
  if (!isJsonArray(items)) return []
  return items.flatMap((item, index): [JsonObject, number][] => (isJsonObject(item) ? [[item, index]] : []))
}

function checkTimeline(body: JsonObject, warn: Warn): void {
  const sessionWindow = windowOf(body, [], 'session', warn)
  for (const [segment, s] of children(body, 'segments')) {
    const segmentPath = ['segments', s]
    const segmentWindow = windowOf(segment, segmentPath, 'segment', warn)
    checkInside(segmentWindow, sessionWindow, segmentPath, 'segment', 'session', warn)
    checkStreams(segment, segmentPath, segmentWindow, warn)
  }
}

/** Each stream of a segment: inside the segment's window, and no maximum under its average. */
export function checkStreams(
  segment: JsonObject,
  segmentPath: JsonPath,
  window: TimeWindow,
  warn: Warn,
): void {
  for (const [media, m] of children(segment, 'media')) {
    for (const [stream, t] of children(media, 'streams')) {
      checkStream(stream, [...segmentPath, 'media', m, 'streams', t], window, warn)
    }
  }
}
