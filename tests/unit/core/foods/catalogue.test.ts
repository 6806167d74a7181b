import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CatalogueFormatError, decodeCatalogue } from '../../../../src/core/foods'
import { catalogueJsonPath, shippedCatalogue, usdaDataDir } from './catalogue-fixture'

interface UsdaRow {
  id: string
  description: string
  foodGroup: string
  energyKcal: number | null
  proteinG: number | null
  vitaminB12Ug: number | null
  vitaminB12AddedUg: number | null
  folateDfeUg: number | null
  portions: { label: string; grams: number }[]
}

const haveUsda = existsSync(join(usdaDataDir, 'foods-usda-sr.json'))
if (!haveUsda)
  console.warn(`Skipping USDA comparison: no USDA data in ${usdaDataDir} (set B12_USDA_DATA_DIR).`)

/** Seeded pick (mulberry32) so the sample is random-looking but the same on every run. */
function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return Array.from({ length: n }, () => items[Math.floor(next() * items.length)]!)
}

describe('shipped catalogue', () => {
  it('decodes with a version and every food', () => {
    const cat = shippedCatalogue()
    expect(cat.version).toMatch(/^sha256-[0-9a-f]{16}$/)
    expect(cat.foods.length).toBe(8789 + 5431 + 36)
    expect(new Set(cat.foods.map((f) => f.id)).size).toBe(cat.foods.length)
  })

  it('stays compact', () => {
    expect(readFileSync(catalogueJsonPath).length).toBeLessThan(3_000_000)
  })

  it.skipIf(!haveUsda).each([
    ['usda-sr28', 'foods-usda-sr.json', 'sr28', 1],
    ['usda-fndds', 'foods-usda-fndds.json', 'fndds', 2],
  ])('matches %s field by field for 25 seeded random foods', (source, file, prefix, seed) => {
    const usda = (JSON.parse(readFileSync(join(usdaDataDir, file), 'utf8')) as { foods: UsdaRow[] })
      .foods
    const byId = new Map(shippedCatalogue().foods.map((f) => [f.id as string, f]))
    for (const u of sample(usda, 25, seed)) {
      const f = byId.get(`${prefix}:${u.id}`)!
      expect(f.source).toBe(source)
      expect(f.sourceId).toBe(u.id)
      expect(f.name).toBe(u.description)
      expect(f.foodGroup).toBe(u.foodGroup)
      expect(f.per100g).toEqual({
        energyKcal: u.energyKcal,
        proteinG: u.proteinG,
        b12Ug: u.vitaminB12Ug,
        b12AddedUg: u.vitaminB12AddedUg,
        folateDfeUg: u.folateDfeUg,
        folicAcidUg: null,
      })
      expect(f.portions).toEqual(u.portions.map((p) => ({ label: p.label, grams: p.grams })))
    }
  })
})

describe('decodeCatalogue checks the shape', () => {
  const good = JSON.parse(readFileSync(catalogueJsonPath, 'utf8')) as Record<string, unknown> & {
    foods: unknown[][]
  }
  const withFirstRow = (patch: (row: unknown[]) => void) => {
    const row = structuredClone(good.foods[0]!)
    patch(row)
    return { ...good, foods: [row] }
  }

  it.each([
    ['not an object', 42, /not a JSON object/],
    ['wrong format', { ...good, format: 'other/9' }, /expected b12-planner-foods\/1/],
    ['missing version', { ...good, version: '' }, /version/],
    ['short row', { ...good, foods: [[1, 2, 3]] }, /food 0: expected an array of 18 columns/],
    ['negative value', withFirstRow((r) => (r[6] = -1)), /food 0 b12Ug/],
    ['bad class index', withFirstRow((r) => (r[11] = 9)), /food 0 b12 class/],
    ['bad diet letters', withFirstRow((r) => (r[13] = 'yes')), /diet must be three/],
    ['odd portions', withFirstRow((r) => (r[10] = ['1 cup'])), /portions/],
  ])('rejects %s', (_label, json, message) => {
    expect(() => decodeCatalogue(json)).toThrow(CatalogueFormatError)
    expect(() => decodeCatalogue(json)).toThrow(message)
  })
})
