import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const APP_DIR = 'session-composer'
/** Where data lived before: inside the repository, which the development server serves. */
export const LEGACY_DATA_DIR_NAME = '.data'

/**
 * The per-user place for the sandbox's keys, certificate and database: outside the repository, so neither
 * Vite nor the static server can ever be asked for them. The platform's convention for state that survives
 * restarts: `$XDG_STATE_HOME` (default `~/.local/state`) on Linux and other Unixes, Application Support on
 * macOS, `%LOCALAPPDATA%` on Windows.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), APP_DIR)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR)
  const state = env.XDG_STATE_HOME?.startsWith('/') ? env.XDG_STATE_HOME : join(home, '.local', 'state')
  return join(state, APP_DIR)
}

/**
 * A checkout that ran an older version keeps its certificate (which a browser may trust), keys and sessions
 * in `<repo>/.data`. Moved to the new default once, so nothing is lost and nothing secret stays in the tree.
 */
export function adoptLegacyDataDir(repoRoot: string, dataDir: string): 'moved' | 'left' | 'none' {
  const legacy = resolve(repoRoot, LEGACY_DATA_DIR_NAME)
  if (!existsSync(legacy) || existsSync(dataDir)) return existsSync(legacy) ? 'left' : 'none'
  try {
    mkdirSync(dirname(dataDir), { recursive: true })
    renameSync(legacy, dataDir)
    return 'moved'
  } catch {
    return 'left' // another file system: the old folder stays, denied to every request, and unused
  }
}
