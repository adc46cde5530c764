import { describe, expect, it } from 'vitest'
import { defaultDataDir } from './data-dir.ts'

describe('defaultDataDir', () => {
  it('is the platform’s per-user state folder, outside any repository', () => {
    expect(defaultDataDir({}, 'linux', '/home/ann')).toBe('/home/ann/.local/state/session-composer')
    expect(defaultDataDir({ XDG_STATE_HOME: '/var/ann' }, 'linux', '/home/ann')).toBe(
      '/var/ann/session-composer',
    )
    expect(defaultDataDir({ XDG_STATE_HOME: 'relative' }, 'linux', '/home/ann')).toBe(
      '/home/ann/.local/state/session-composer',
    )
    expect(defaultDataDir({}, 'darwin', '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/session-composer',
    )
    expect(
      defaultDataDir({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32', 'C:\\Users\\ann'),
    ).toMatch(/Local[\\/]session-composer$/)
  })
})
