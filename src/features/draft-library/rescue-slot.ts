import { z } from 'zod'
import type { DraftRecord } from './draft-record.ts'
import type { DraftRepository } from './draft-repository.ts'
import { migrateDraftRecord } from './migrate-draft-record.ts'

export const RESCUE_KEY = 'session-composer.draft-rescue'
export const MAX_RESCUE_CHARS = 1_000_000

export type RescueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const slot = z.object({ id: z.string(), record: z.unknown() })

/**
 * The draft as it was when the page went away, kept synchronously in localStorage (IndexedDB cannot be
 * written from `pagehide`). Read once at start-up and moved into IndexedDB.
 */
export function writeRescue(storage: RescueStorage | undefined, id: string, record: DraftRecord): void {
  const text = JSON.stringify({ id, record })
  // The browser reads all of localStorage in one go at start-up; megabytes there would slow every page load.
  if (text.length > MAX_RESCUE_CHARS) return
  try {
    storage?.setItem(RESCUE_KEY, text)
  } catch {
    // Over the quota (a body of megabytes): the last debounced save stands.
  }
}

export function readRescue(storage: RescueStorage | undefined): { id: string; record: DraftRecord } | null {
  let stored: unknown
  try {
    const text = storage?.getItem(RESCUE_KEY)
    if (!text) return null
    // The record holds the body as lossless JSON text, so parsing the envelope loses nothing.
    stored = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = slot.safeParse(stored)
  if (!parsed.success) return null
  const migrated = migrateDraftRecord(parsed.data.record)
  return migrated.ok ? { id: parsed.data.id, record: migrated.record } : null
}

export function clearRescue(storage: RescueStorage | undefined): void {
  try {
    storage?.removeItem(RESCUE_KEY)
  } catch {
    // Nothing to clear.
  }
}

/** Moves a rescue into the repository when it is newer than what was saved; returns the draft's id. */
export async function applyRescue(
  repository: DraftRepository,
  storage: RescueStorage | undefined,
): Promise<string | null> {
  const rescued = readRescue(storage)
  if (!rescued) return null
  const stored = await repository.read(rescued.id)
  if (!stored.ok || rescued.record.savedAt >= stored.record.savedAt)
    await repository.write(rescued.id, rescued.record)
  clearRescue(storage)
  return rescued.id
}
