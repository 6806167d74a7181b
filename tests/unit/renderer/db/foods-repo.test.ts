import { describe, expect, it, vi } from 'vitest'
import { customFoodFromLabel } from '../../../../src/core/foods/custom-food'
import { decodeCatalogue } from '../../../../src/core/foods/catalogue-format'
import type { FoodRecord } from '../../../../src/core/foods/types'
import {
  createFoodsRepo,
  loadStoredCatalogue,
  seedCatalogue,
} from '../../../../src/renderer/db/repos/foods-repo'
import { sampleCatalogueFile } from '../../../fixtures/catalogue'
import { createTestDb } from '../../../fixtures/test-db'

function customFood(name: string): FoodRecord {
  const result = customFoodFromLabel({
    uuid: '11111111-2222-4333-8444-555555555555',
    name,
    kind: 'food',
    servingSize: 30,
    b12UgPerServing: 0.6,
    diet: 'vegan',
  })
  if (!result.ok) throw new Error('fixture food is invalid')
  return result.food
}

describe('seedCatalogue', () => {
  it('stores the catalogue in one go as a few chunk rows, reports progress, and skips when up to date', async () => {
    const db = createTestDb()
    const file = sampleCatalogueFile('v1')
    const progress = vi.fn()
    const first = await seedCatalogue(db, file, progress)
    expect(first).toEqual({ status: 'seeded', version: 'v1', count: file.foods.length })
    expect(await db.catalogue.count()).toBe(Math.ceil(file.foods.length / 1000))
    expect(progress).toHaveBeenLastCalledWith({ done: file.foods.length, total: file.foods.length })
    expect(await loadStoredCatalogue(db)).toEqual(file)
    expect(await seedCatalogue(db, file)).toEqual({ status: 'up-to-date', version: 'v1' })
  })

  it('keeps the shipped values exactly: the stored copy decodes to the same foods', async () => {
    const db = createTestDb()
    const file = sampleCatalogueFile('v1')
    await seedCatalogue(db, file)
    expect(decodeCatalogue(await loadStoredCatalogue(db)).foods).toEqual(
      decodeCatalogue(file).foods,
    )
  })

  it('a newer catalogue replaces the stored one and never touches the person’s own foods', async () => {
    const db = createTestDb()
    const repo = createFoodsRepo(db)
    await seedCatalogue(db, sampleCatalogueFile('v1'))
    const mine = customFood('My fortified muesli')
    await repo.putCustom(mine)
    const v2 = sampleCatalogueFile('v2')
    const soy = v2.foods.find((row) => row[0] === 'sr28:16139')!
    soy[2] = 'Soymilk (renamed in v2)'
    await seedCatalogue(db, v2)
    const stored = decodeCatalogue(await loadStoredCatalogue(db))
    expect(stored.foods.find((food) => food.id === 'sr28:16139')?.name).toBe(
      'Soymilk (renamed in v2)',
    )
    expect(await repo.userFoods()).toEqual([mine])
    expect(await repo.catalogueVersion()).toBe('v2')
  })

  it('is all or nothing: a failed write leaves the old catalogue and version', async () => {
    const db = createTestDb()
    await seedCatalogue(db, sampleCatalogueFile('v1'))
    const before = await loadStoredCatalogue(db)
    const v2 = sampleCatalogueFile('v2')
    // A value IndexedDB cannot store makes the last chunk's write fail.
    v2.foods.push([() => 'not cloneable'] as unknown as (typeof v2.foods)[number])
    await expect(seedCatalogue(db, v2)).rejects.toThrow()
    expect(await loadStoredCatalogue(db)).toEqual(before)
    expect(await createFoodsRepo(db).catalogueVersion()).toBe('v1')
  })
})

describe('foods repo', () => {
  it('round-trips a food exactly (the index field is internal)', async () => {
    const repo = createFoodsRepo(createTestDb())
    const food = customFood('Oat bar')
    await repo.putCustom(food)
    expect(await repo.get(food.id)).toEqual(food)
  })

  it('refuses to save or delete catalogue foods as if they were the person’s own', async () => {
    const db = createTestDb()
    const repo = createFoodsRepo(db)
    const catalogue = decodeCatalogue(sampleCatalogueFile())
    await expect(repo.putCustom(catalogue.foods[0]!)).rejects.toThrow(/Only your own foods/)
    await expect(repo.deleteCustom('sr28:16139')).rejects.toThrow(/cannot be deleted/)
  })

  it('counts where a food is used', async () => {
    const db = createTestDb()
    const repo = createFoodsRepo(db)
    await db.planEntries.bulkAdd([
      { id: 'a', profileId: 'p', date: '2026-11-23', slot: 'lunch', foodId: 'custom:x' },
      { id: 'b', profileId: 'p', date: '2026-11-24', slot: 'lunch', foodId: 'custom:x' },
    ])
    await db.profiles.add({
      id: 'p',
      name: 'P',
      createdAt: 'x',
      updatedAt: 'x',
      supplements: [{ id: 's', foodId: 'custom:x' }],
    })
    await db.recipes.add({
      id: 'r',
      name: 'R',
      updatedAt: 'x',
      ingredients: [{ foodId: 'custom:x', grams: 10 }],
    })
    expect(await repo.usage('custom:x')).toEqual({ planEntries: 2, supplements: 1, recipes: 1 })
    expect(await repo.usage('custom:y')).toEqual({ planEntries: 0, supplements: 0, recipes: 0 })
  })
})
