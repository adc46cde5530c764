/** A link inflates to at most this much: a 2 MB link of zeros must not become gigabytes in the tab. */
export const MAX_INFLATED_BYTES = 32 * 1024 * 1024

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Inflates, stopping as soon as the output passes `limit` (then rejects). */
export async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  limit = MAX_INFLATED_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.length
    if (total > limit) {
      await reader.cancel()
      throw new RangeError(`The link unpacks to more than ${limit / 1024 / 1024} MB`)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
