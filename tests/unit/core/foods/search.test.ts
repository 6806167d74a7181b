import { beforeAll, describe, expect, it } from 'vitest'
import {
  REFERENCE_QUERIES,
  addFoodToSearch,
  createFoodSearch,
  customFoodFromLabel,
  loadFoodSearch,
  removeFoodFromSearch,
  searchFoods,
  serializeFoodSearch,
  type FoodSearch,
} from '../../../../src/core/foods'
import { shippedCatalogue } from './catalogue-fixture'

let search: FoodSearch

beforeAll(() => {
  search = createFoodSearch(shippedCatalogue().foods)
})

describe('food search', () => {
  it('finds the expected food in the top 5 for at least 9 of the 10 reference queries', () => {
    const misses = REFERENCE_QUERIES.filter(
      (q) => !searchFoods(search, q.query, { limit: 5 }).some((h) => q.accepts(h.food)),
    )
    expect(misses.length).toBeLessThanOrEqual(1)
  })

  it('puts soymilk drinks first for "soy milk"', () => {
    const top = searchFoods(search, 'soy milk', { limit: 3 })
    expect(top.every((h) => /soymilk|soy milk/i.test(h.food.name))).toBe(true)
  })

  it.each([
    ['marmite', 'curated:yeast-extract-fortified'],
    ['nooch', 'curated:nutritional-yeast-fortified'],
    ['b12 1000', 'curated:b12-tablet-1000-cyanocobalamin'],
  ])('knows the synonym %s', (query, id) => {
    expect(searchFoods(search, query, { limit: 5 }).map((h) => h.food.id)).toContain(id)
  })

  it('filters by diet and B12 class', () => {
    const vegan = searchFoods(search, 'milk', { diet: 'vegan', limit: 30 })
    expect(vegan.length).toBeGreaterThan(0)
    expect(vegan.every((h) => h.food.diet.vegan === 'yes')).toBe(true)
    const fortified = searchFoods(search, 'cereal', { b12Classes: ['fortified'], limit: 30 })
    expect(fortified.every((h) => h.food.b12.class === 'fortified')).toBe(true)
  })

  it('returns nothing for an empty query', () => {
    expect(searchFoods(search, '   ')).toEqual([])
  })

  it('serialises and reloads to the same results', () => {
    const reloaded = loadFoodSearch(serializeFoodSearch(search), shippedCatalogue().foods)
    for (const q of ['soy milk', 'salmon', 'chedar']) {
      expect(searchFoods(reloaded, q, { limit: 5 }).map((h) => h.food.id)).toEqual(
        searchFoods(search, q, { limit: 5 }).map((h) => h.food.id),
      )
    }
  })

  it('adds and removes custom foods', () => {
    const r = customFoodFromLabel({
      uuid: 'aaaabbbb-cccc',
      name: 'Zyxwv fortified flapjack',
      kind: 'food',
      servingSize: 60,
      b12UgPerServing: 1,
      diet: 'vegan',
    })
    if (!r.ok) throw new Error('fixture is valid')
    addFoodToSearch(search, r.food)
    expect(searchFoods(search, 'zyxwv')[0]?.food.id).toBe(r.food.id)
    removeFoodFromSearch(search, r.food.id)
    expect(searchFoods(search, 'zyxwv')).toEqual([])
  })
})
