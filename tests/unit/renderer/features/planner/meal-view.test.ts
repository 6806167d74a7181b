import { describe, expect, it } from 'vitest'
import { foodId, type FoodRecord } from '../../../../../src/core/foods/types'
import { dailyTargets } from '../../../../../src/core/planning/person'
import {
  planEntryId,
  profileId,
  recipeId,
  type MealSlot,
  type PlanEntry,
  type PlanItem,
  type Recipe,
} from '../../../../../src/core/planning/types'
import { grams } from '../../../../../src/core/units'
import {
  dayTotalsView,
  formatMealAmount,
  mealAmountsView,
  partialDayNote,
  shortFoodName,
} from '../../../../../src/renderer/features/planner/meal-view'
import { shippedCatalogue } from '../../../../fixtures/catalogue'

const foods = new Map<string, FoodRecord>(shippedCatalogue().foods.map((f) => [f.id, f]))
const SOY = foodId('sr28:16139') // 43 kcal, 2.6 g protein per 100 g
const OATS = foodId('sr28:20038') // 389 kcal, 16.89 g protein per 100 g
const CHICKPEAS = foodId('sr28:16360')
const SALMON = foodId('sr28:15236')
const curry: Recipe = {
  id: recipeId('curry'),
  name: 'Chickpea curry with salmon',
  slots: ['dinner'],
  servings: 2,
  ingredients: [
    { foodId: CHICKPEAS, grams: grams(300) },
    { foodId: SALMON, grams: grams(200) },
    { foodId: OATS, grams: grams(20) },
    { foodId: SOY, grams: grams(100) },
  ],
  steps: [],
  prepMinutes: 20,
  tags: [],
  source: 'builtin',
}
const library = { foods, recipes: new Map([[curry.id, curry]]) }

function entry(item: PlanItem, slot: MealSlot = 'dinner'): PlanEntry {
  return {
    id: planEntryId(`e-${slot}`),
    profileId: profileId('p1'),
    date: '2026-11-17',
    slot,
    item,
    locked: false,
  }
}

describe('formatMealAmount', () => {
  it.each([
    [4.4, 'g', 'metric', '4 g'],
    [0.3, 'g', 'metric', 'under 1 g'],
    [62, 'g', 'metric', '60 g'],
    [63, 'g', 'metric', '65 g'],
    [447, 'g', 'metric', '450 g'],
    [186, 'g', 'metric', '185 g'],
    [1234, 'g', 'metric', '1,230 g'],
    [375, 'ml', 'metric', '380 ml'],
    [100, 'g', 'us', '3.5 oz'],
    [56.7, 'g', 'us', '2 oz'],
    [450, 'g', 'us', '16 oz'],
    [240, 'ml', 'us', '8 fl oz'],
    [2, 'g', 'us', 'under 0.25 oz'],
  ] as const)('%d %s in %s reads "%s"', (g, unit, system, text) => {
    expect(formatMealAmount(g, unit, system)).toBe(text)
  })
})

describe('shortFoodName', () => {
  it.each([
    ['Chickpeas (garbanzo beans, bengal gram), mature seeds, canned', 'chickpeas'],
    ['Fish, salmon, Atlantic, farmed, cooked, dry heat', 'salmon'],
    ['Oats', 'oats'],
    ['SILK Plain, soymilk', 'SILK Plain'],
    ['Seeds, chia seeds, dried', 'chia seeds'],
    ['Rice, brown, long-grain, cooked', 'rice'],
  ])('%s → %s', (name, short) => expect(shortFoodName(name)).toBe(short))
})

describe('mealAmountsView', () => {
  it('a recipe: weight for the servings, kcal, protein and the 3 largest ingredients', () => {
    const view = mealAmountsView(
      entry({ kind: 'recipe', recipeId: curry.id, servings: 1.5 }),
      library,
      'metric',
    )
    // 1.5 of 2 servings: 225 g chickpeas, 150 g salmon, 75 ml soy drink, 15 g oats (465 g).
    expect(view.weight).toBe('about 470 g')
    expect(view.main).toEqual([
      { name: 'chickpeas', amount: '225 g' },
      { name: 'salmon', amount: '150 g' },
      { name: 'soymilk', amount: '75 g' },
    ])
    expect(view.energy).toMatch(/^\d{3} kcal$/)
    expect(view.protein).toMatch(/^\d{2} g protein$/)
  })

  it('the same recipe in US units', () => {
    const view = mealAmountsView(
      entry({ kind: 'recipe', recipeId: curry.id, servings: 1.5 }),
      library,
      'us',
    )
    expect(view.weight).toBe('about 16 oz')
    expect(view.main[0]).toEqual({ name: 'chickpeas', amount: '8 oz' })
  })

  it('a single food: kcal and protein of its grams, no weight line or ingredients', () => {
    const view = mealAmountsView(
      entry({ kind: 'food', foodId: SOY, grams: grams(250) }),
      library,
      'metric',
    )
    expect(view).toEqual({ energy: '108 kcal', protein: '7 g protein', weight: null, main: [] })
  })

  it('says nothing it cannot know: a missing recipe, or a supplement', () => {
    const none = { energy: null, protein: null, weight: null, main: [] }
    expect(
      mealAmountsView(
        entry({ kind: 'recipe', recipeId: recipeId('gone'), servings: 1 }),
        library,
        'metric',
      ),
    ).toEqual(none)
    expect(
      mealAmountsView(
        entry({
          kind: 'supplement',
          foodId: [...foods.values()].find((f) => f.supplement?.unit === 'tablet')!.id,
          units: 1,
        }),
        library,
        'metric',
      ),
    ).toEqual(none)
  })
})

describe('dayTotalsView', () => {
  const targets = dailyTargets({
    id: profileId('p1'),
    ageYears: 34,
    weightKg: 60,
    energyKcalPerDay: 2000,
    diet: 'vegan',
  })
  const soy = (g: number, slot: MealSlot) =>
    entry({ kind: 'food', foodId: SOY, grams: grams(g) }, slot)

  it('nothing planned says so, rather than 0 against the target', () => {
    expect(dayTotalsView([], library, targets)).toEqual({ kind: 'nothing' })
  })

  it('below the kcal band and the protein minimum, in words', () => {
    const view = dayTotalsView([soy(1000, 'breakfast')], library, targets)
    expect(view).toEqual({
      kind: 'totals',
      mealsPlanned: 1,
      energy: { text: '430 kcal, below the 1,800–2,200 kcal target', position: 'below' },
      protein: { text: '26 g protein, below the 48 g minimum', position: 'below' },
    })
  })

  it('within the band and at the minimum as shown', () => {
    // 4,650 g of soy drink over four meals: 1,999.5 kcal, 120.9 g protein.
    const day = (['breakfast', 'lunch', 'dinner', 'snack'] as const).map((slot) =>
      soy(4650 / 4, slot),
    )
    const view = dayTotalsView(day, library, targets)
    expect(view.kind === 'totals' && view.energy).toEqual({
      text: '2,000 kcal, within the 1,800–2,200 kcal target',
      position: 'within',
    })
    expect(view.kind === 'totals' && view.protein.text).toBe(
      '121 g protein, at or above the 48 g minimum',
    )
    expect(view.kind === 'totals' && view.mealsPlanned).toBe(4)
  })

  it('above the band', () => {
    const view = dayTotalsView([soy(6000, 'dinner')], library, targets)
    expect(view.kind === 'totals' && view.energy.position).toBe('above')
    expect(view.kind === 'totals' && view.energy.text).toBe(
      '2,580 kcal, above the 1,800–2,200 kcal target',
    )
  })

  it('a missing recipe gives no totals rather than a wrong one', () => {
    const gone = entry({ kind: 'recipe', recipeId: recipeId('gone'), servings: 1 })
    expect(dayTotalsView([gone], library, targets)).toEqual({ kind: 'unknown' })
  })

  it.each([
    [1, '1 of 4 meals planned so far'],
    [3, '3 of 4 meals planned so far'],
    [4, null],
  ])('%d meals planned: %s', (n, note) => expect(partialDayNote(n)).toBe(note))
})
