import { beforeAll, describe, expect, it } from 'vitest'
import { generateWeek } from '../../../../src/core/planning/generate-week'
import { dailyTargets, type PlannerPerson } from '../../../../src/core/planning/person'
import { DAILY_FOOD_CAPS, dailyFoodCapG, mealCeiling } from '../../../../src/core/planning/portions'
import { recipeNutrition } from '../../../../src/core/planning/recipe-nutrition'
import {
  planEntryId,
  profileId,
  recipeId,
  type MealSlot,
  type PlanEntry,
} from '../../../../src/core/planning/types'
import { weekDates } from '../../../../src/core/planning/week-context'
import {
  dayFoodGrams,
  mealSizes,
  personWeekReport,
  recipeGramsPerServing,
} from '../../../../src/core/planning/week-report'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { createHighsSolver, type HighsNodeSolver } from '../../../fixtures/planning/highs-node'
import { person } from '../../../fixtures/planning/people'

const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const byId = new Map(recipes.map((r) => [r.id, r]))
const WEEK = '2025-03-03'
const dates = weekDates(WEEK)
const egg = DAILY_FOOD_CAPS.find((c) => c.key === 'egg')!
const eggRecipes = recipes.filter((r) =>
  r.ingredients.some((i) => egg.matches(foods.get(i.foodId)!)),
)
const veganRecipe = recipes.find((r) => r.id === 'red-lentil-dahl')!
const meatRecipe = recipes.find((r) =>
  r.ingredients.some((i) => /poultry|beef|finfish/i.test(foods.get(i.foodId)!.foodGroup)),
)!

const ana = profileId('ana')
let n = 0
const meal = (date: string, slot: MealSlot, id: string, servings = 1, who = ana): PlanEntry => ({
  id: planEntryId(`e${n++}`),
  profileId: who,
  date,
  slot,
  item: { kind: 'recipe', recipeId: recipeId(id), servings },
  locked: false,
})

describe('week report helpers', () => {
  const eggy = eggRecipes[0]!
  const entries = [
    meal(dates[0]!, 'breakfast', eggy.id, 2),
    meal(dates[0]!, 'lunch', veganRecipe.id, 1.5),
    meal(dates[1]!, 'dinner', meatRecipe.id, 1),
    meal(dates[1]!, 'dinner', veganRecipe.id, 1, profileId('someone-else')),
  ]

  it('sizes each of the person’s meals in grams and kcal', () => {
    const sizes = mealSizes(entries, ana, byId, foods)
    expect(sizes).toHaveLength(3)
    expect(sizes[1]!.grams).toBeCloseTo(1.5 * recipeGramsPerServing(veganRecipe))
    expect(sizes[1]!.kcal).toBeCloseTo(1.5 * recipeNutrition(veganRecipe, foods).energyKcal)
  })

  it('adds up one food over a day, recipes and food entries alike', () => {
    const perServing = eggy.ingredients
      .filter((i) => egg.matches(foods.get(i.foodId)!))
      .reduce((g, i) => g + i.grams / eggy.servings, 0)
    const boiled: PlanEntry = {
      ...meal(dates[0]!, 'snack', 'x'),
      item: { kind: 'food', foodId: 'sr28:01129' as never, grams: 50 as never },
    }
    expect(
      dayFoodGrams([...entries, boiled], ana, dates[0]!, egg.matches, byId, foods),
    ).toBeCloseTo(2 * perServing + 50)
    expect(dayFoodGrams(entries, ana, dates[1]!, egg.matches, byId, foods)).toBe(0)
  })

  it('reports variety, meat or fish meals, the largest meal and the most egg in a day', () => {
    const p = { ...person('ana', 'omnivore', 40, 70, 2000), id: ana }
    const r = personWeekReport(entries, p, dates, byId, foods)
    const sizes = mealSizes(entries, ana, byId, foods)
    expect(r.distinctRecipes).toBe(3)
    expect(r.meatOrFishMeals).toBe(1)
    expect(r.largestMealG).toBeCloseTo(Math.max(...sizes.map((s) => s.grams)))
    expect(r.largestMealKcal).toBeCloseTo(Math.max(...sizes.map((s) => s.kcal)))
    expect(r.mostPerDayG['egg']).toBeGreaterThan(0)
    // five empty days: far from the energy target, under the protein floor (56 g), no B12
    expect(r.kcalError).toBeGreaterThan(5 / 7)
    expect(r.proteinDaysUnder).toBeGreaterThanOrEqual(5)
    expect(r.proteinShortfallMeanG).toBeGreaterThanOrEqual((5 * 56) / 7)
    expect(r.proteinShortfallMeanG).toBeLessThan(56)
    expect(r.b12DaysMet).toBeLessThanOrEqual(2)
  })

  it('counts a side of fish with a shared vegan dish as a meat or fish meal, and the days', () => {
    const p = { ...person('ana', 'omnivore', 40, 70, 2000), id: ana }
    expect(personWeekReport(entries, p, dates, byId, foods).meatOrFishDays).toBe(1)
    const salmon: PlanEntry = {
      ...meal(dates[0]!, 'lunch', 'x'),
      item: { kind: 'food', foodId: 'sr28:15086' as never, grams: 85 as never },
    }
    expect(foods.get('sr28:15086' as never)?.name).toMatch(/salmon/i)
    const r = personWeekReport([...entries, salmon], p, dates, byId, foods)
    expect(r.meatOrFishMeals).toBe(2)
    expect(r.meatOrFishDays).toBe(2)
  })
})

let solver: HighsNodeSolver
beforeAll(async () => {
  solver = await createHighsSolver()
  await solver.warmUp()
})

const people: [string, PlannerPerson][] = [
  ['a vegan 6-year-old', person('vegan-child-6', 'vegan', 6, 21, 1400)],
  ['an omnivore 6-year-old', person('omni-child-6', 'omnivore', 6, 21, 1400)],
  ['a vegetarian adult', person('veg-adult-30', 'lacto_ovo_vegetarian', 30, 65, 2300)],
  ['an omnivore adult', person('omni-adult-40', 'omnivore', 40, 75, 2400)],
]

// Three weeks per test: a busy 2-core machine needs more than the default 5 s.
describe('generated weeks: portions fit the person (seeds 1–3)', () => {
  it.each(people)(
    '%s: every meal under the ceiling, eggs under the cap, energy in band',
    async (_l, p) => {
      const t = dailyTargets(p)
      for (const seed of [1, 2, 3]) {
        const week = await generateWeek(
          { people: [p], recipes, foods, weekStart: WEEK, seed },
          solver,
        )
        expect(week.infeasibilities).toEqual([])
        for (const m of mealSizes(week.entries, p.id, byId, foods)) {
          const c = mealCeiling(m.slot, t)
          expect(m.grams).toBeLessThanOrEqual(c.grams + 1e-6)
          expect(m.kcal).toBeLessThanOrEqual(c.kcal + 1e-6)
        }
        for (const date of dates) {
          const g = dayFoodGrams(week.entries, p.id, date, egg.matches, byId, foods)
          expect(g).toBeLessThanOrEqual(dailyFoodCapG(egg, t.energyKcal) + 1e-6)
          const kcal = mealSizes(
            week.entries.filter((e) => e.date === date),
            p.id,
            byId,
            foods,
          ).reduce((s, m) => s + m.kcal, 0)
          expect(kcal).toBeGreaterThanOrEqual(t.energyMinKcal - 1e-6)
          expect(kcal).toBeLessThanOrEqual(t.energyMaxKcal + 1e-6)
        }
        const r = personWeekReport(week.entries, p, dates, byId, foods)
        expect(r.b12DaysMet).toBe(7)
        expect(r.proteinDaysUnder).toBe(0)
      }
    },
    60_000,
  )

  it('a 6-year-old’s largest meal stays near 400 g and an adult’s under 700 g', async () => {
    const child = people[0]![1]
    const adult = people[3]![1]
    const week = await generateWeek(
      { people: [child, adult], recipes, foods, weekStart: WEEK, seed: 4 },
      solver,
    )
    const childMax = personWeekReport(week.entries, child, dates, byId, foods).largestMealG
    const adultMax = personWeekReport(week.entries, adult, dates, byId, foods).largestMealG
    expect(childMax).toBeLessThanOrEqual(400 + 1e-6)
    expect(adultMax).toBeLessThanOrEqual(700 + 1e-6)
    expect(adultMax).toBeGreaterThan(childMax)
  }, 30_000)
})
