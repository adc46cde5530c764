import { realpathSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'

/** Names never served from any folder: the old in-repository data folder, git's folder, environment files. */
const NEVER_SERVED = [/^\.data$/i, /^\.git$/i, /^\.env(\..*)?$/i]
/** Enough rounds to see through `%25` layered on `%25` a few times; anything deeper is refused outright. */
const DECODE_ROUNDS = 4

/**
 * Whether a request for the app could reach a secret: a file under one of `secretDirs` (the data directory:
 * signing key, cookie keys, database, TLS key) or a never-served name. It looks through every spelling the
 * servers behind it understand: percent-encoding (repeated), backslashes, `..`, Vite's `/@fs/<absolute path>`
 * and `/@id/…`, and query suffixes such as `?raw` or `?import`. Checked before Vite or the static server sees
 * the request, so a bug or a new trick in either cannot leak what this refuses.
 */
export function secretPathGuard(appRoot: string, secretDirs: readonly string[]) {
  const dirs = secretDirs.map((dir) => comparable(resolve(dir)))
  const root = resolve(appRoot)
  const insideSecret = (path: string) =>
    dirs.some((dir) => {
      const rel = relative(dir, comparable(path))
      return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel))
    })

  return (url: string): boolean => {
    const spellings = decodings(url)
    if (!spellings) return true
    return spellings.some((spelling) => {
      const text = spelling.replaceAll('\\', '/')
      const lowered = comparable(text)
      if (dirs.some((dir) => lowered.includes(dir.replaceAll('\\', '/')))) return true
      const path = text.split(/[?#]/, 1)[0] ?? ''
      if (path.split('/').some((segment) => NEVER_SERVED.some((name) => name.test(segment)))) return true
      const candidates = [resolve(root, `.${path}`)]
      if (path.startsWith('/@fs/')) candidates.push(resolve('/', path.slice('/@fs/'.length)))
      return candidates.some((candidate) => insideSecret(candidate) || insideSecret(realPath(candidate)))
    })
  }
}

/**
 * The URL as sent and each further percent-decoding of it until nothing changes (ASCII escapes, which never
 * fail, plus a full UTF-8 decoding where one is valid); undefined when it is still changing after a few rounds.
 */
function decodings(url: string): string[] | undefined {
  const spellings = new Set([url])
  let current = url
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    const next = current.replace(/%([0-7][0-9a-f])/gi, (_escape, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    )
    try {
      spellings.add(decodeURIComponent(current))
    } catch {
      // not valid UTF-8 escapes: the ASCII decoding above still sees through them
    }
    if (next === current) return [...spellings]
    spellings.add(next)
    current = next
  }
  return undefined
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path)
  } catch {
    return path
  }
}

/** Paths compared without regard to case: macOS and Windows file systems ignore it, and refusing more is safe. */
function comparable(path: string): string {
  return path.toLowerCase()
}
