import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { conferenceSession, peerSession } from '../testing/call-record-sessions.ts'
import { CallRecordStore } from './call-record-store.ts'
import { callType } from './call-record-summary.ts'
import { openDatabase, type Db } from './database.ts'
import { SessionStore } from './session-store.ts'

let dir = ''
let db: Db | undefined
afterEach(async () => {
  db?.close()
  await rm(dir, { recursive: true, force: true })
})

async function open() {
  dir = await mkdtemp(join(tmpdir(), 'call-records-'))
  db = openDatabase(dir)
  return { db, sessions: new SessionStore(db) }
}

it('brings records in line with sessions stored before it existed, and versions only go up', async () => {
  const { db, sessions } = await open()
  sessions.insert(
    'old',
    'a',
    JSON.stringify(peerSession('a', '2024-01-01T10:00:00Z', '2024-01-01T10:10:00Z')),
  )
  sessions.insert(
    'old',
    'b',
    JSON.stringify(conferenceSession('b', '2024-01-01T09:00:00Z', '2024-01-01T09:30:00Z')),
  )
  const records = new CallRecordStore(db)
  expect(records.get('old')).toBeUndefined()
  expect(records.reconcile()).toBe(1)
  const found = records.get('old')
  expect(found).toMatchObject({ version: 1, sessionCount: 2 })
  expect(found && callType(found.summary)).toBe('groupCall')
  expect(found?.summary.start?.text).toBe('2024-01-01T09:00:00Z')
  expect(found?.summary.end?.text).toBe('2024-01-01T10:10:00Z')
  expect(records.reconcile()).toBe(0)

  // A stop between a delete and its record's update: the next start notices, and the version still rises.
  sessions.delete('old', 'b')
  expect(new CallRecordStore(db).reconcile()).toBe(1)
  expect(records.get('old')).toMatchObject({ version: 2, sessionCount: 1 })
  sessions.delete('old', 'a')
  expect(records.reconcile()).toBe(1)
  expect(records.get('old')).toBeUndefined()
  expect(
    records.sessionAdded(
      'old',
      JSON.stringify(peerSession('c', '2024-02-01T00:00:00Z', '2024-02-01T00:01:00Z')),
    ),
  ).toEqual({
    callRecordId: 'old',
    version: 4,
    change: 'created',
  })
})
