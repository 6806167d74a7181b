import { describe, expect, it } from 'vitest'
import { foodId, type FoodRecord } from '../../../../src/core/foods/types'
import {
  dayNutrition,
  energyPosition,
  proteinPosition,
  recipeAmounts,
} from '../../../../src/core/planning/meal-amounts'
import { dailyTargets } from '../../../../src/core/planning/person'
import {
  profileId,
  recipeId,
  type PlanItem,
  type Recipe,
} from '../../../../src/core/planning/types'
import { grams } from '../../../../src/core/units'
import { shippedCatalogue } from '../../../fixtures/catalogue'

const foods = new Map<never, FoodRecord>(shippedCatalogue().foods.map((f) => [f.id as never, f]))
const SOY = foodId('sr28:16139') // 43 kcal, 2.6 g protein per 100 g
const OATS = foodId('sr28:20038') // 389 kcal, 16.89 g protein per 100 g
const BLUEBERRY = foodId('sr28:09050')
const CHIA = foodId('sr28:12006')

const porridge: Recipe = {
  id: recipeId('porridge'),
  name: 'Soy porridge',
  slots: ['breakfast'],
  servings: 2,
  ingredients: [
    { foodId: OATS, grams: grams(100) },
    { foodId: SOY, grams: grams(500) },
    { foodId: CHIA, grams: grams(20) },
    { foodId: BLUEBERRY, grams: grams(150) },
  ],
  steps: [],
  prepMinutes: 5,
  tags: [],
  source: 'builtin',
}

describe('recipeAmounts', () => {
  it.each([
    [2, 770, [500, 150, 100]],
    [1, 385, [250, 75, 50]],
    [1.5, 577.5, [375, 112.5, 75]],
  ])(
    '%d servings of a 2-serving recipe: total and the 3 largest, scaled',
    (servings, total, main) => {
      const amounts = recipeAmounts(porridge, servings)
      expect(amounts.totalGrams).toBeCloseTo(total, 9)
      expect(amounts.main.map((i) => i.foodId)).toEqual([SOY, BLUEBERRY, OATS])
      amounts.main.forEach((i, k) => expect(i.grams).toBeCloseTo(main[k]!, 9))
    },
  )

  it('sums a food listed twice before ranking, and keeps recipe order on ties', () => {
    const twice = {
      servings: 1,
      ingredients: [
        { foodId: CHIA, grams: grams(40) },
        { foodId: OATS, grams: grams(30) },
        { foodId: SOY, grams: grams(40) },
        { foodId: OATS, grams: grams(30) },
      ],
    }
    const amounts = recipeAmounts(twice, 1, 2)
    expect(amounts.main).toEqual([
      { foodId: OATS, grams: 60 },
      { foodId: CHIA, grams: 40 },
    ])
    expect(amounts.totalGrams).toBe(140)
  })

  it('a recipe without ingredients weighs 0 g and names nothing', () => {
    expect(recipeAmounts({ servings: 1, ingredients: [] }, 2)).toEqual({
      totalGrams: 0,
      main: [],
    })
  })
})

describe('dayNutrition', () => {
  const recipes = new Map([[porridge.id, porridge]])
  it('sums recipes by servings and foods by grams', () => {
    const items: PlanItem[] = [
      { kind: 'food', foodId: SOY, grams: grams(250) },
      { kind: 'food', foodId: OATS, grams: grams(50) },
    ]
    const day = dayNutrition(items, recipes, foods)
    expect(day.energyKcal).toBeCloseTo(43 * 2.5 + 389 * 0.5, 6)
    expect(day.proteinG).toBeCloseTo(2.6 * 2.5 + 16.89 * 0.5, 6)
    const twoServings = dayNutrition(
      [{ kind: 'recipe', recipeId: porridge.id, servings: 2 }],
      recipes,
      foods,
    )
    const oneServing = dayNutrition(
      [{ kind: 'recipe', recipeId: porridge.id, servings: 1 }],
      recipes,
      foods,
    )
    expect(twoServings.energyKcal).toBeCloseTo(2 * oneServing.energyKcal, 6)
  })

  it('nothing planned is zero', () => {
    expect(dayNutrition([], recipes, foods).energyKcal).toBe(0)
  })

  it('an unknown recipe throws rather than counting 0', () => {
    expect(() =>
      dayNutrition([{ kind: 'recipe', recipeId: recipeId('gone'), servings: 1 }], recipes, foods),
    ).toThrow()
  })
})

describe('positions against the daily targets', () => {
  const targets = dailyTargets({
    id: profileId('p1'),
    ageYears: 34,
    weightKg: 60,
    energyKcalPerDay: 2000,
    diet: 'vegan',
  })
  it.each([
    [1799, 'below'],
    [1800, 'within'],
    [2000, 'within'],
    [2200, 'within'],
    [2201, 'above'],
  ] as const)('%d kcal against 1,800–2,200 kcal is %s', (kcal, position) => {
    expect(energyPosition(kcal, targets)).toBe(position)
  })
  it.each([
    [47.9, 'below'],
    [48, 'above'],
    [90, 'above'],
  ] as const)('%d g protein against a 48 g minimum is %s', (g, position) => {
    expect(targets.proteinMinG).toBeCloseTo(48, 9)
    expect(proteinPosition(g, targets)).toBe(position)
  })
})
