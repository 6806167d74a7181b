import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeCatalogue, type Catalogue, type FoodRecord } from '../../../../src/core/foods'

export const repoRoot = join(__dirname, '..', '..', '..', '..')
export const catalogueJsonPath = join(repoRoot, 'resources', 'foods', 'catalogue.json')
export const usdaDataDir = process.env.B12_USDA_DATA_DIR ?? join(repoRoot, '..', 'shared', 'data')

let cached: Catalogue | undefined

/** The shipped catalogue, decoded once per test file. */
export function shippedCatalogue(): Catalogue {
  cached ??= decodeCatalogue(JSON.parse(readFileSync(catalogueJsonPath, 'utf8')))
  return cached
}

export function shippedFood(id: string): FoodRecord {
  const food = shippedCatalogue().foods.find((f) => f.id === id)
  if (!food) throw new Error(`no food ${id} in the shipped catalogue`)
  return food
}
