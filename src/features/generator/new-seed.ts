const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A short seed that is easy to read aloud and type back (no 0/o, 1/l/i). */
export function newSeed(length = 8): string {
  return Array.from(
    crypto.getRandomValues(new Uint8Array(length)),
    (byte) => ALPHABET[byte % ALPHABET.length],
  ).join('')
}
