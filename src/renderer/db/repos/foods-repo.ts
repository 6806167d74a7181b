/**
 * Foods in IndexedDB. The shipped catalogue (USDA and curated rows) is stored in its compact
 * file format as a few large chunk rows (table `catalogue`) plus a header in `meta`; the
 * person's own foods ('custom:' ids, source 'user') are one row each in `foods`. Seeding a newer
 * catalogue replaces the chunks and never touches the person's foods.
 */
import type { CatalogueFile } from '../../../core/foods/catalogue-format'
import type { FoodRecord } from '../../../core/foods/types'
import type { AppDb } from '../app-db'
import type { FoodRow } from '../rows'

export const CATALOGUE_VERSION_KEY = 'catalogueVersion'
const CATALOGUE_HEADER_KEY = 'catalogueHeader'
/** Foods per chunk row: large rows, few records (IndexedDB's cost is per record). */
const CHUNK_FOODS = 1000

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

export type SeedResult =
  { status: 'up-to-date'; version: string } | { status: 'seeded'; version: string; count: number }

const chunkId = (index: number): string => `chunk-${String(index).padStart(4, '0')}`

/**
 * Stores the shipped catalogue file (already checked with decodeCatalogue) in one transaction,
 * all or nothing, unless this version is already stored. `onProgress` is called after each chunk.
 */
export async function seedCatalogue(
  db: AppDb,
  file: CatalogueFile,
  onProgress: (progress: SeedProgress) => void = () => undefined,
  options: { force?: boolean } = {},
): Promise<SeedResult> {
  const current = await db.meta.get(CATALOGUE_VERSION_KEY)
  if (current?.value === file.version && !options.force)
    return { status: 'up-to-date', version: file.version }
  const { foods, ...header } = file
  await db.transaction('rw', db.catalogue, db.meta, async () => {
    await db.catalogue.clear()
    for (let start = 0, index = 0; start < foods.length; start += CHUNK_FOODS, index++) {
      await db.catalogue.put({ id: chunkId(index), rows: foods.slice(start, start + CHUNK_FOODS) })
      onProgress({ done: Math.min(start + CHUNK_FOODS, foods.length), total: foods.length })
    }
    await db.meta.put({ key: CATALOGUE_HEADER_KEY, value: header })
    await db.meta.put({ key: CATALOGUE_VERSION_KEY, value: file.version })
  })
  return { status: 'seeded', version: file.version, count: foods.length }
}

/**
 * The stored catalogue as a file again (to be checked with decodeCatalogue before use), or null
 * when none is stored.
 */
export async function loadStoredCatalogue(db: AppDb): Promise<CatalogueFile | null> {
  const [header, chunks] = await Promise.all([
    db.meta.get(CATALOGUE_HEADER_KEY),
    db.catalogue.orderBy('id').toArray(),
  ])
  if (!header || typeof header.value !== 'object' || header.value === null || chunks.length === 0)
    return null
  return {
    ...(header.value as Omit<CatalogueFile, 'foods'>),
    foods: chunks.flatMap((chunk) => chunk.rows) as CatalogueFile['foods'],
  }
}

export interface FoodUsage {
  planEntries: number
  supplements: number
  recipes: number
}

export function createFoodsRepo(db: AppDb) {
  return {
    /** The person's own foods. */
    async userFoods(): Promise<FoodRecord[]> {
      return (await db.foods.toArray()).filter((row) => row.source === 'user').map(fromFoodRow)
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
        db.profiles
          .filter((profile) => JSON.stringify(profile['supplements'] ?? []).includes(`"${id}"`))
          .count(),
        db.recipes
          .filter((recipe) => JSON.stringify(recipe['ingredients'] ?? []).includes(`"${id}"`))
          .count(),
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
