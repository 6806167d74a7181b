/**
 * Schema version 2, 2026-11-21. FROZEN: never edit this file after it has shipped.
 *
 * Why: two kinds of v1 rows could silently fall out of the indexes the app relies on.
 * - profiles gain a `createdAt` index, so the household can be read oldest-first straight from
 *   the index (`orderBy('createdAt')`) and a backup preview can say who was added when. An
 *   index leaves out rows that lack the field, so the upgrade gives every v1 row without a
 *   usable `createdAt` its `updatedAt` (the earliest time we know of).
 * - planEntries: `recipeId` / `foodId` are copies of `item` kept for the "where is this food
 *   used" queries (deleting a food asks first). v1 rows put back by undo or written by early
 *   builds could carry a stale copy, or none, so the upgrade recomputes both from `item` and
 *   stores `locked` as an explicit boolean. A row without a usable item is left as it is (the
 *   plan repo skips it on read; nothing is deleted by an upgrade).
 *
 * The row functions are pure and exported: the backup importer runs the same upgrade on rows
 * of a backup that was made at schema version 1.
 */
import type { Transaction } from 'dexie'

export const V2 = {
  version: 2,
  date: '2026-11-21',
  stores: {
    profiles: 'id, name, updatedAt, createdAt',
    foods: 'id, source, kind, b12Class',
    catalogue: 'id',
    recipes: 'id, name, updatedAt',
    planEntries: 'id, [profileId+date], date, profileId, recipeId, foodId',
    pantry: 'id, &foodId',
    shoppingState: 'id, weekStart',
    settings: 'key',
    meta: 'key',
  },
} as const

type Row = Record<string, unknown>

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== ''

/** A v1 profile row as v2 stores it: `createdAt` always set (falls back to updatedAt). */
export function upgradeProfileRowV2<T extends Row>(row: T): T {
  if (nonEmpty(row['createdAt'])) return row
  const fallback = nonEmpty(row['updatedAt']) ? row['updatedAt'] : '1970-01-01T00:00:00.000Z'
  return { ...row, createdAt: fallback }
}

/** A v1 plan row as v2 stores it: index copies recomputed from `item`, `locked` a boolean. */
export function upgradePlanRowV2<T extends Row>(row: T): T {
  const item = row['item']
  if (typeof item !== 'object' || item === null) return row
  const { recipeId: _recipeId, foodId: _foodId, ...rest } = row
  const next: Row = { ...rest, locked: row['locked'] === true }
  const kind = (item as Row)['kind']
  const recipeId = (item as Row)['recipeId']
  const foodId = (item as Row)['foodId']
  if (kind === 'recipe' && typeof recipeId === 'string') next['recipeId'] = recipeId
  else if ((kind === 'food' || kind === 'supplement') && typeof foodId === 'string')
    next['foodId'] = foodId
  return next as T
}

/** Dexie upgrade: rewrites only the rows that change. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('profiles')
    .toCollection()
    .modify((row: Row, ref: { value: Row }) => {
      const next = upgradeProfileRowV2(row)
      if (next !== row) ref.value = next
    })
  await tx
    .table('planEntries')
    .toCollection()
    .modify((row: Row, ref: { value: Row }) => {
      const next = upgradePlanRowV2(row)
      if (next !== row) ref.value = next
    })
}
