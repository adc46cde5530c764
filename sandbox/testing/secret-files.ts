import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

/** Each file of a data directory that must never be served, and a piece of it that a leak would contain. */
export function secretFiles(dataDir: string): { file: string; marker: string }[] {
  const signingKey = z
    .object({ d: z.string() })
    .parse(JSON.parse(readFileSync(join(dataDir, 'signing-key.json'), 'utf8')))
  const cookieKeys = z
    .array(z.string())
    .parse(JSON.parse(readFileSync(join(dataDir, 'cookie-keys.json'), 'utf8')))
  return [
    { file: 'signing-key.json', marker: signingKey.d.slice(0, 40) },
    { file: 'cookie-keys.json', marker: cookieKeys[0] ?? 'no cookie key' },
    { file: 'sandbox.db', marker: 'SQLite format 3' },
    { file: 'key.pem', marker: 'PRIVATE KEY' },
  ]
}

/**
 * Every way of asking for `file` that Vite or a static server has been known to answer: the plain path,
 * Vite's `?raw`/`?import`/`?url`/`?inline` suffixes, `/@fs/` with the absolute path, percent-encodings
 * (single, double, of the slash), `..` and backslash traversal. `relativeDir` is the folder as seen from the
 * app's root (`/.data`), `absoluteDir` where it is on disk.
 */
export function pathTricks(file: string, relativeDir: string | undefined, absoluteDir: string): string[] {
  const abs = `${absoluteDir.replaceAll('\\', '/')}/${file}`
  const tricks = [
    `/@fs${abs}`,
    `/@fs${abs}?raw`,
    `/@fs${abs}?import`,
    `/@fs${abs}?raw??`,
    `/@fs${abs}?import&raw`,
    `/@fs${encodeURI(abs).replaceAll('.', '%2e')}`,
    `/@id${abs}?raw`,
  ]
  if (relativeDir === undefined) return tricks
  const rel = `${relativeDir}/${file}`
  const dotted = rel.replaceAll('.', '%2e')
  return [
    ...tricks,
    rel,
    `${rel}?raw`,
    `${rel}?import`,
    `${rel}?url`,
    `${rel}?inline`,
    `${rel}?raw&import`,
    dotted,
    dotted.replaceAll('%', '%25'),
    `/${rel.slice(1).replaceAll('/', '%2f')}`,
    `/src/..${rel}`,
    `/src/%2e%2e${rel}`,
    `/src/..%2f${rel.slice(1)}`,
    `/assets\\..${rel.replaceAll('/', '\\')}`,
  ]
}
