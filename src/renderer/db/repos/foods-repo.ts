/**
 * Foods in IndexedDB: the shipped catalogue (USDA and curated rows) and the person's own foods.
 * Catalogue rows are replaced when a newer catalogue ships; user foods ('custom:' ids, source
 * 'user') are never touched by seeding.
 */
import type { Catalogue } from '../../../core/foods/catalogue-format'
import type { FoodRecord } from '../../../core/foods/types'
import type { AppDb } from '../app-db'
import type { FoodRow } from '../rows'

export const CATALOGUE_VERSION_KEY = 'catalogueVersion'
/** Rows written per step while seeding, so progress can be shown. */
const SEED_CHUNK = 2000

export function toFoodRow(food: FoodRecord): FoodRow {
  return { ...food, b12Class: food.b12.class } as unknown as FoodRow
}

export function fromFoodRow(row: FoodRow): FoodRecord {
  const { b12Class: _indexOnly, ...food } = row
  return food as unknown as FoodRecord
}

export interface SeedProgress {
  done: number
  total: number
}

export type SeedResult = { status: 'up-to-date'; version: string } | { status: 'seeded'; version: string; count: number }

/**
 * Loads the catalogue into IndexedDB in one transaction (all or nothing) unless this version is
 * already there. Rows that a newer catalogue no longer has are kept, so plans that use them keep
 * working. `onProgress` is called after each chunk.
 */
export async function seedCatalogue(
  db: AppDb,
  catalogue: Catalogue,
  onProgress: (progress: SeedProgress) => void = () => undefined,
): Promise<SeedResult> {
  const current = await db.meta.get(CATALOGUE_VERSION_KEY)
  if (current?.value === catalogue.version) return { status: 'up-to-date', version: catalogue.version }
  const rows = catalogue.foods.filter((food) => food.source !== 'user').map(toFoodRow)
  await db.transaction('rw', db.foods, db.meta, async () => {
    for (let start = 0; start < rows.length; start += SEED_CHUNK) {
      await db.foods.bulkPut(rows.slice(start, start + SEED_CHUNK))
      onProgress({ done: Math.min(start + SEED_CHUNK, rows.length), total: rows.length })
    }
    await db.meta.put({ key: CATALOGUE_VERSION_KEY, value: catalogue.version })
  })
  return { status: 'seeded', version: catalogue.version, count: rows.length }
}

export interface FoodUsage {
  planEntries: number
  supplements: number
  recipes: number
}

export function createFoodsRepo(db: AppDb) {
  return {
    async all(): Promise<FoodRecord[]> {
      return (await db.foods.toArray()).map(fromFoodRow)
    },
    async get(id: string): Promise<FoodRecord | undefined> {
      const row = await db.foods.get(id)
      return row ? fromFoodRow(row) : undefined
    },
    async catalogueVersion(): Promise<string | null> {
      const row = await db.meta.get(CATALOGUE_VERSION_KEY)
      return typeof row?.value === 'string' ? row.value : null
    },
    /** Adds or replaces a user food. Only 'custom:' ids with source 'user' are accepted. */
    async putCustom(food: FoodRecord): Promise<void> {
      if (food.source !== 'user' || !food.id.startsWith('custom:')) {
        throw new Error('Only your own foods can be saved here.')
      }
      await db.foods.put(toFoodRow(food))
    },
    /** Where a food is used, so deleting it can ask first. */
    async usage(id: string): Promise<FoodUsage> {
      const [planEntries, supplements, recipes] = await Promise.all([
        db.planEntries.where('foodId').equals(id).count(),
        db.profiles.filter((profile) => JSON.stringify(profile['supplements'] ?? []).includes(`"${id}"`)).count(),
        db.recipes.filter((recipe) => JSON.stringify(recipe['ingredients'] ?? []).includes(`"${id}"`)).count(),
      ])
      return { planEntries, supplements, recipes }
    },
    /** Deletes a user food and returns it, so the caller can offer undo. */
    async deleteCustom(id: string): Promise<FoodRecord | undefined> {
      if (!id.startsWith('custom:')) throw new Error('Catalogue foods cannot be deleted.')
      return db.transaction('rw', db.foods, async () => {
        const row = await db.foods.get(id)
        if (row) await db.foods.delete(id)
        return row ? fromFoodRow(row) : undefined
      })
    },
  }
}

export type FoodsRepo = ReturnType<typeof createFoodsRepo>
