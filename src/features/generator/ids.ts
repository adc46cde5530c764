import type { Random } from './random.ts'

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0')

/** A version 4 GUID, lower case, as Graph writes entity ids. */
export function guid(random: Random): string {
  const a = random.uint32()
  const b = random.uint32()
  const c = random.uint32()
  const d = random.uint32()
  const version = (b & 0x0fff) | 0x4000
  const variant = ((c >>> 16) & 0x3fff) | 0x8000
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(version, 4)}-${hex(variant, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`
}

/** Media stack stream ids are unsigned 32-bit numbers written in decimal ("1504545584"). */
export function streamId(random: Random): string {
  return String(random.int(1_000_000_000, 4_294_967_295))
}
