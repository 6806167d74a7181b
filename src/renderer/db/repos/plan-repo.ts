/**
 * Planned meals. A row is the core's PlanEntry plus top-level recipeId / foodId for the indexes
 * (so "where is this food used" is a quick query).
 */
import { foodId } from '../../../core/foods/types'
import {
  MEAL_SLOTS,
  planEntryId,
  profileId,
  recipeId,
  type MealSlot,
  type PlanEntry,
  type PlanItem,
} from '../../../core/planning/types'
import { grams } from '../../../core/units'
import type { AppDb } from '../app-db'
import type { PlanEntryRow } from '../rows'

export function toPlanRow(entry: PlanEntry): PlanEntryRow {
  const row: PlanEntryRow = { ...entry, item: { ...entry.item } }
  if (entry.item.kind === 'recipe') row.recipeId = entry.item.recipeId
  else row.foodId = entry.item.foodId
  return row
}

function parseItem(value: unknown): PlanItem | null {
  if (typeof value !== 'object' || value === null) return null
  const item = value as Record<string, unknown>
  const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0
  if (
    item['kind'] === 'recipe' &&
    typeof item['recipeId'] === 'string' &&
    positive(item['servings'])
  ) {
    return { kind: 'recipe', recipeId: recipeId(item['recipeId']), servings: item['servings'] }
  }
  if (item['kind'] === 'food' && typeof item['foodId'] === 'string' && positive(item['grams'])) {
    return { kind: 'food', foodId: foodId(item['foodId']), grams: grams(item['grams']) }
  }
  if (
    item['kind'] === 'supplement' &&
    typeof item['foodId'] === 'string' &&
    positive(item['units'])
  ) {
    return { kind: 'supplement', foodId: foodId(item['foodId']), units: item['units'] }
  }
  return null
}

/** A stored row as a PlanEntry, or null when it is damaged (it is then left out). */
export function fromPlanRow(row: PlanEntryRow): PlanEntry | null {
  const item = parseItem(row['item'])
  if (!item || !MEAL_SLOTS.includes(row.slot as MealSlot) || !/^\d{4}-\d{2}-\d{2}$/.test(row.date))
    return null
  return {
    id: planEntryId(row.id),
    profileId: profileId(row.profileId),
    date: row.date,
    slot: row.slot,
    item,
    locked: row['locked'] === true,
  }
}

export function createPlanRepo(db: AppDb) {
  return {
    /** Entries between two dates (inclusive), for everyone or the given people. */
    async between(from: string, to: string, profileIds?: readonly string[]): Promise<PlanEntry[]> {
      const rows = await db.planEntries.where('date').between(from, to, true, true).toArray()
      return rows
        .filter((row) => !profileIds || profileIds.includes(row.profileId))
        .map(fromPlanRow)
        .filter((entry): entry is PlanEntry => entry !== null)
    },
    async put(entries: readonly PlanEntry[]): Promise<void> {
      await db.planEntries.bulkPut(entries.map(toPlanRow))
    },
    async remove(ids: readonly string[]): Promise<void> {
      await db.planEntries.bulkDelete([...ids])
    },
    /** Removes `removeIds` and stores `put`, all or nothing. */
    replace: (removeIds: readonly string[], put: readonly PlanEntry[]) =>
      replacePlanEntries(db, removeIds, put),
  }
}

export type PlanRepo = ReturnType<typeof createPlanRepo>

/**
 * Replaces a set of entries with another in one transaction (generation, clear day, undo):
 * either all of it is stored or nothing changes.
 */
export async function replacePlanEntries(
  db: AppDb,
  removeIds: readonly string[],
  put: readonly PlanEntry[],
): Promise<void> {
  await db.transaction('rw', db.planEntries, async () => {
    await db.planEntries.bulkDelete([...removeIds])
    await db.planEntries.bulkPut(put.map(toPlanRow))
  })
}
