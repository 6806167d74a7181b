/**
 * Writes a checked backup in ONE transaction over every user table: either all of it is stored
 * or nothing changes (a full disk, a quota error or any failure rolls the whole restore back).
 *
 * - replace: the household's current data is removed first (catalogue foods stay).
 * - merge: rows are added; a row with the same id as one already here is replaced by the
 *   backup's copy. A pantry row for a food that already has one replaces it (one per food).
 */
import type { AppDb } from '../app-db'
import type { PantryRow } from '../rows'
import { countRows, type BackupCounts } from './format'
import type { ValidBackup } from './parse-backup'

export type RestoreMode = 'replace' | 'merge'

export type RestoreResult = { ok: true; counts: BackupCounts } | { ok: false; message: string }

function isQuotaError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const name = (cause as { name?: unknown }).name
    if (name === 'QuotaExceededError') return true
    cause =
      (cause as { inner?: unknown; cause?: unknown }).inner ?? (cause as { cause?: unknown }).cause
  }
  return false
}

/** A plain message for a failed restore; the data is unchanged in every case. */
export function restoreFailureMessage(error: unknown): string {
  if (isQuotaError(error)) {
    return 'There is not enough storage space on this computer to restore this backup. Nothing was changed. Free some disk space and try again.'
  }
  const detail = error instanceof Error ? error.message : String(error)
  return `The backup could not be restored (${detail.slice(0, 200)}). Nothing was changed.`
}

async function replacePantry(db: AppDb, rows: readonly PantryRow[]): Promise<void> {
  const foodIds = rows.map((row) => row.foodId)
  const clashing = await db.pantry.where('foodId').anyOf(foodIds).primaryKeys()
  await db.pantry.bulkDelete(clashing)
  await db.pantry.bulkPut([...rows])
}

export async function restoreBackup(
  db: AppDb,
  backup: ValidBackup,
  mode: RestoreMode,
): Promise<RestoreResult> {
  const { tables } = backup
  try {
    await db.transaction(
      'rw',
      [db.profiles, db.foods, db.recipes, db.planEntries, db.pantry, db.shoppingState, db.settings],
      async () => {
        if (mode === 'replace') {
          await Promise.all([
            db.profiles.clear(),
            db.recipes.clear(),
            db.planEntries.clear(),
            db.pantry.clear(),
            db.shoppingState.clear(),
            db.settings.clear(),
          ])
          await db.foods.where('source').equals('user').delete()
        }
        await db.profiles.bulkPut(tables.profiles)
        await db.foods.bulkPut(tables.foods)
        await db.recipes.bulkPut(tables.recipes)
        await db.planEntries.bulkPut(tables.planEntries)
        await replacePantry(db, tables.pantry)
        await db.shoppingState.bulkPut(tables.shoppingState)
        await db.settings.bulkPut(tables.settings)
      },
    )
    return { ok: true, counts: countRows(tables) }
  } catch (error) {
    return { ok: false, message: restoreFailureMessage(error) }
  }
}
