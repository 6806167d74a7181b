/**
 * Plan edits as pure functions from entries to entries (the page stores the result and keeps
 * the previous entries for undo).
 */
import {
  planEntryId,
  type MealSlot,
  type PlanEntry,
  type ProfileId,
} from '../../../core/planning/types'

export interface SlotTarget {
  date: string
  slot: MealSlot
  profileId: ProfileId
}

/** The entry moved to another day, meal or person. */
export function moveEntry(entry: PlanEntry, target: SlotTarget): PlanEntry {
  return { ...entry, ...target }
}

/** A copy of the entry at the target, with a new id and unlocked. */
export function copyEntry(entry: PlanEntry, target: SlotTarget, newId: () => string): PlanEntry {
  return { ...entry, ...target, id: planEntryId(newId()), locked: false }
}

/** Copies of one day's entries (for the given people) onto another date. */
export function copyDay(
  entries: readonly PlanEntry[],
  from: string,
  to: string,
  people: readonly string[],
  newId: () => string,
): PlanEntry[] {
  return entries
    .filter((entry) => entry.date === from && people.includes(entry.profileId))
    .map((entry) => ({ ...entry, date: to, id: planEntryId(newId()), locked: false }))
}

/** The entries of one day for the given people (what "Clear day" removes; locked ones too). */
export function entriesOfDay(
  entries: readonly PlanEntry[],
  date: string,
  people: readonly string[],
): PlanEntry[] {
  return entries.filter((entry) => entry.date === date && people.includes(entry.profileId))
}
