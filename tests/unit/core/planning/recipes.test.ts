import { describe, expect, it } from 'vitest'
import { DIETS, foodId, type Diet, type FoodRecord } from '../../../../src/core/foods/types'
import { decodeRecipes, RecipeFormatError } from '../../../../src/core/planning/recipe-library'
import {
  recipeDiet,
  recipeDietAnswers,
  recipeNutrition,
  UnknownFoodError,
} from '../../../../src/core/planning/recipe-nutrition'
import { MEAL_SLOTS, recipeId, type Recipe } from '../../../../src/core/planning/types'
import { grams } from '../../../../src/core/units'
import {
  loadFoods,
  loadStarterRecipes,
  readStarterRecipesJson,
} from '../../../fixtures/planning/foods'

const { foods } = loadFoods()
const library = loadStarterRecipes()

describe('starter recipe library', () => {
  it('has at least 60 recipes covering every slot for every diet', () => {
    expect(library.length).toBeGreaterThanOrEqual(60)
    for (const diet of DIETS) {
      const usable = library.filter((r) => recipeDietAnswers(r, foods)[diet] === 'yes')
      for (const slot of MEAL_SLOTS)
        expect(
          usable.filter((r) => r.slots.includes(slot)).length,
          `${diet} ${slot}`,
        ).toBeGreaterThanOrEqual(4)
    }
  })

  it('uses only foods that exist in the catalogue', () => {
    for (const r of library)
      for (const i of r.ingredients) expect(foods.has(i.foodId), `${r.id}: ${i.foodId}`).toBe(true)
  })

  it.each(library.map((r) => [r.id, r] as const))(
    '%s: computed diet matches its intended diet',
    (_id, r) => {
      expect(recipeDiet(r, foods)).toBe(r.declaredDiet)
    },
  )

  it('has realistic energy per serving: mains 300–700 kcal, snacks 100–250 kcal', () => {
    for (const r of library) {
      const kcal = recipeNutrition(r, foods).energyKcal
      const snackOnly = r.slots.every((s) => s === 'snack')
      const [lo, hi] = snackOnly ? [100, 250] : [300, 700]
      expect(kcal, r.id).toBeGreaterThanOrEqual(lo)
      expect(kcal, r.id).toBeLessThanOrEqual(hi)
    }
  })

  it('gives vegans B12 only from fortified foods, and at least 8 vegan B12 meals', () => {
    const vegan = library.filter((r) => r.declaredDiet === 'vegan')
    for (const r of vegan) expect(recipeNutrition(r, foods).b12FoodUg, r.id).toBe(0)
    expect(
      vegan.filter((r) => recipeNutrition(r, foods).b12CrystallineUg >= 1).length,
    ).toBeGreaterThanOrEqual(8)
  })

  it('has steps, a prep time and kebab-case ids', () => {
    for (const r of library) {
      expect(r.steps.length).toBeGreaterThan(0)
      expect(r.prepMinutes).toBeGreaterThan(0)
      expect(r.source).toBe('builtin')
    }
  })
})

describe('decodeRecipes', () => {
  const json = readStarterRecipesJson()
  const first = json.recipes[0]!

  it('fails clearly on an unknown food id', () => {
    const bad = {
      ...json,
      recipes: [{ ...first, ingredients: [{ foodId: 'sr28:99999999', grams: 10 }] }],
    }
    expect(() => decodeRecipes(bad, foods)).toThrow(RecipeFormatError)
    expect(() => decodeRecipes(bad, foods)).toThrow(/unknown food id sr28:99999999/)
  })

  it.each([
    ['wrong format', { ...json, format: 'x' }],
    ['duplicate id', { ...json, recipes: [first, first] }],
    [
      'zero grams',
      { ...json, recipes: [{ ...first, ingredients: [{ foodId: 'sr28:20038', grams: 0 }] }] },
    ],
    ['unknown slot', { ...json, recipes: [{ ...first, slots: ['brunch'] }] }],
    ['unknown diet', { ...json, recipes: [{ ...first, diet: 'keto' }] }],
    ['fractional servings', { ...json, recipes: [{ ...first, servings: 1.5 }] }],
  ])('rejects %s', (_label, bad) => {
    expect(() => decodeRecipes(bad, foods)).toThrow(RecipeFormatError)
  })
})

describe('recipeNutrition and recipeDiet', () => {
  const food = (
    id: string,
    vegan: 'yes' | 'no' | 'unknown',
    kcal: number,
    b12: [number, number],
  ): FoodRecord => ({
    ...foods.get(foodId('sr28:20038'))!,
    id: foodId(id),
    per100g: {
      energyKcal: kcal,
      proteinG: 10,
      b12Ug: b12[0] + b12[1],
      b12AddedUg: b12[1],
      folateDfeUg: 20,
      folicAcidUg: null,
    },
    b12: {
      class: b12[1] > 0 ? 'fortified' : 'animal',
      reason: 'label',
      foodUgPer100g: b12[0],
      crystallineUgPer100g: b12[1],
    },
    diet: {
      vegan,
      lacto_ovo_vegetarian: 'yes',
      pescatarian: 'yes',
      omnivore: 'yes',
      reason: 'declared',
    },
  })
  const lookup = new Map([
    [foodId('t:a'), food('t:a', 'yes', 100, [0, 2])],
    [foodId('t:b'), food('t:b', 'unknown', 400, [1, 0])],
    [foodId('t:c'), food('t:c', 'no', 50, [0.5, 0])],
  ])
  const recipe = (ids: string[]): Recipe => ({
    id: recipeId('r'),
    name: 'r',
    slots: ['lunch'],
    servings: 2,
    steps: ['x'],
    prepMinutes: 1,
    tags: [],
    source: 'user',
    ingredients: ids.map((id) => ({ foodId: foodId(id), grams: grams(200) })),
  })

  it('sums ingredients and divides by servings (kcal, g, µg by form, µg DFE)', () => {
    const n = recipeNutrition(recipe(['t:a', 't:b']), lookup)
    // (200 g × 100 + 200 g × 400) / 100 / 2 servings = 500 kcal
    expect(n.energyKcal).toBeCloseTo(500)
    expect(n.proteinG).toBeCloseTo(20)
    expect(n.b12CrystallineUg).toBeCloseTo(2)
    expect(n.b12FoodUg).toBeCloseTo(1)
    expect(n.folateDfeUg).toBeCloseTo(40)
  })

  it.each<[string[], Diet]>([
    [['t:a'], 'vegan'],
    [['t:a', 't:b'], 'lacto_ovo_vegetarian'],
    [['t:a', 't:c'], 'lacto_ovo_vegetarian'],
  ])('%j → strictest certain diet %s', (ids, diet) => {
    expect(recipeDiet(recipe(ids), lookup)).toBe(diet)
  })

  it('a vegan answer needs every ingredient to be vegan yes', () => {
    expect(recipeDietAnswers(recipe(['t:a', 't:b']), lookup).vegan).toBe('unknown')
    expect(recipeDietAnswers(recipe(['t:a', 't:b', 't:c']), lookup).vegan).toBe('no')
  })

  it('throws on an unknown ingredient', () => {
    expect(() => recipeNutrition(recipe(['t:zzz']), lookup)).toThrow(UnknownFoodError)
  })
})
