import { beforeAll, describe, expect, it } from 'vitest'
import type { FoodRecord } from '../../../../src/core/foods/types'
import {
  buildDayModel,
  readDayChoices,
  type FreeSlot,
} from '../../../../src/core/planning/day-model'
import { dailyTargets } from '../../../../src/core/planning/person'
import {
  ADULT_SERVING_LEVELS,
  DAILY_FOOD_CAPS,
  dailyFoodCapG,
  imbalanceKcal,
  mainMealCeilingG,
  mealCeiling,
  portionFactor,
  servingLevels,
  SMALL_EATER_SERVING_LEVELS,
} from '../../../../src/core/planning/portions'
import { recipeFacts } from '../../../../src/core/planning/recipe-facts'
import { candidatePool, DEFAULT_WEIGHTS, personRules } from '../../../../src/core/planning/scoring'
import { generateWeek } from '../../../../src/core/planning/generate-week'
import {
  planEntryId,
  type MealSlot,
  type PlanEntry,
  type RecipeId,
} from '../../../../src/core/planning/types'
import { weekDates } from '../../../../src/core/planning/week-context'
import { dayFoodGrams } from '../../../../src/core/planning/week-report'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { createHighsSolver, type HighsNodeSolver } from '../../../fixtures/planning/highs-node'
import { person } from '../../../fixtures/planning/people'

const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const facts = recipeFacts(recipes, foods)
const adult = person('adult', 'omnivore', 34, 70, 2200)
const child = person('child', 'omnivore', 6, 21, 1400)
const egg = DAILY_FOOD_CAPS.find((c) => c.key === 'egg')!

describe('portion numbers', () => {
  it('scales a portion by the energy target over the 2,000 kcal adult reference', () => {
    expect(portionFactor(2000)).toBe(1)
    expect(portionFactor(1400)).toBeCloseTo(0.7)
  })

  it('offers small eaters a quarter serving and never two', () => {
    expect(servingLevels(1400)).toEqual(SMALL_EATER_SERVING_LEVELS)
    expect(servingLevels(1900)).toEqual(ADULT_SERVING_LEVELS)
    expect(SMALL_EATER_SERVING_LEVELS).toContain(0.25)
    expect(Math.max(...SMALL_EATER_SERVING_LEVELS)).toBe(1.5)
    expect(ADULT_SERVING_LEVELS).not.toContain(0.25)
    expect(ADULT_SERVING_LEVELS).toContain(2)
  })

  it.each([
    [2000, 700],
    [3000, 700],
    [1400, 400],
    [1700, 550],
    [800, 250],
  ])('a main meal at %i kcal a day weighs at most %i g', (kcal, grams) => {
    expect(mainMealCeilingG(kcal)).toBeCloseTo(grams)
  })

  it('holds lunch to 40 % of the day and a smaller snack', () => {
    const t = dailyTargets(adult)
    expect(mealCeiling('lunch', t)).toEqual({ kcal: 880, grams: 700 })
    expect(mealCeiling('snack', t).grams).toBe(350)
    expect(mealCeiling('lunch', dailyTargets(child)).grams).toBeCloseTo(400)
  })

  it('penalises only the part of a meal beyond the balance tolerance', () => {
    const t = dailyTargets(adult) // lunch ideal 660 kcal, tolerance 176 kcal
    expect(imbalanceKcal('lunch', 700, t)).toBe(0)
    expect(imbalanceKcal('lunch', 1020, t)).toBeCloseTo(1020 - 660 - 176)
    expect(imbalanceKcal('lunch', 300, t)).toBeCloseTo(660 - 300 - 176)
  })

  it('caps eggs at 150 g a day for an adult and less for a child', () => {
    expect(dailyFoodCapG(egg, 2200)).toBe(150)
    expect(dailyFoodCapG(egg, 1400)).toBeCloseTo(105)
    const named = (name: string, foodGroup: string) => ({ name, foodGroup }) as FoodRecord
    expect(egg.matches(named('Egg, whole, raw, fresh', 'Dairy and Egg Products'))).toBe(true)
    expect(egg.matches(named('Eggplant, raw', 'Vegetables and Vegetable Products'))).toBe(false)
  })
})

describe('recipe facts', () => {
  it('adds up grams per serving and the capped foods in them', () => {
    for (const f of facts.values()) {
      const total = f.recipe.ingredients.reduce((g, i) => g + i.grams, 0)
      expect(f.gramsPerServing).toBeCloseTo(total / f.recipe.servings)
    }
    const withEgg = [...facts.values()].filter((f) => (f.cappedGramsPerServing['egg'] ?? 0) > 0)
    expect(withEgg.length).toBeGreaterThan(2)
    for (const f of withEgg) {
      expect(f.recipe.ingredients.some((i) => /0112[39]|0113[12]/.test(i.foodId))).toBe(true)
    }
  })
})

function pool(p: typeof adult, slot: MealSlot, poolSize = 200) {
  return candidatePool(facts.values(), {
    slot,
    targets: dailyTargets(p),
    rules: personRules(p),
    remaining: () => 3,
    bonus: () => 0,
    random: () => 0.5,
    weights: DEFAULT_WEIGHTS,
    poolSize,
  })
}

describe('candidate serving sizes fit the person', () => {
  it.each([
    ['a 6-year-old', child],
    ['an adult', adult],
  ])('every size offered to %s is under the meal ceiling in g and kcal', (_label, p) => {
    const t = dailyTargets(p)
    for (const slot of ['breakfast', 'lunch', 'dinner', 'snack'] as const) {
      const c = mealCeiling(slot, t)
      const list = pool(p, slot)
      expect(list.length).toBeGreaterThan(5)
      for (const x of list) {
        for (const k of x.levels) {
          expect(x.facts.gramsPerServing * k).toBeLessThanOrEqual(c.grams + 1e-9)
          expect(x.facts.perServing.energyKcal * k).toBeLessThanOrEqual(c.kcal + 1e-9)
        }
      }
    }
  })

  it('offers a child quarter servings of a full adult lunch', () => {
    const lunches = pool(child, 'lunch')
    expect(lunches.some((x) => x.levels.includes(0.75) || x.levels.includes(0.25))).toBe(true)
  })
})

describe('day model: balance and the daily egg cap', () => {
  const t = dailyTargets(adult)
  const free: FreeSlot[] = (['breakfast', 'lunch'] as const).map((slot) => ({
    slot,
    candidates: pool(adult, slot),
  }))
  const dayInput = (slots: FreeSlot[]) => ({
    free: slots,
    fixed: {
      energyKcal: 0,
      proteinG: 0,
      b12Ug: { breakfast: 0, lunch: 0, dinner: 0, snack: 0 },
      crystallineUg: { breakfast: 0, lunch: 0, dinner: 0, snack: 0 },
    },
    targets: t,
    remaining: new Map<RecipeId, number>(),
    weights: DEFAULT_WEIGHTS,
  })
  const dm = buildDayModel(dayInput(free))

  it('bounds the grams of egg over the day when eggs are offered at two meals', () => {
    const row = dm.model.constraints.find((c) => c.name === 'cap_egg')
    expect(row).toBeDefined()
    expect(row!.ub).toBe(150)
    const eggPicks = dm.picks.filter(
      (p) => (facts.get(p.choice.recipeId)?.cappedGramsPerServing['egg'] ?? 0) > 0,
    )
    expect(new Set(eggPicks.map((p) => p.choice.slot)).size).toBe(2)
    // every egg choice is in the row (plus one elastic slack)
    expect(row!.terms).toHaveLength(eggPicks.length + 1)
  })

  it('takes points from a meal by its kcal beyond the tolerance around the ideal share', () => {
    const lentil = facts.get('red-lentil-dahl' as RecipeId)!
    const lunch: FreeSlot = {
      slot: 'lunch',
      candidates: [{ facts: lentil, score: 0, levels: [1, 2] }],
    }
    const summed = (balanceKcal: number) => {
      const m = buildDayModel({
        ...dayInput([lunch]),
        weights: { ...DEFAULT_WEIGHTS, balanceKcal },
      })
      const sum = new Map<number, number>()
      for (const o of m.model.objective) sum.set(o.v, (sum.get(o.v) ?? 0) + o.coef)
      return m.picks.map((p) => ({ k: p.choice.servings, coef: sum.get(p.v) ?? 0 }))
    }
    const off = summed(0)
    const on = summed(1)
    const kcal = lentil.perServing.energyKcal
    expect(imbalanceKcal('lunch', 2 * kcal, t)).toBeGreaterThan(100)
    for (const [i, x] of on.entries()) {
      expect(off[i]!.coef - x.coef).toBeCloseTo(imbalanceKcal('lunch', x.k * kcal, t))
    }
  })
})

describe('day model solved: the egg cap holds even when eggs score highest', () => {
  let solver: HighsNodeSolver
  beforeAll(async () => {
    solver = await createHighsSolver()
    await solver.warmUp()
  })
  const t = dailyTargets(adult)
  const eggG = (id: RecipeId) => facts.get(id)?.cappedGramsPerServing['egg'] ?? 0
  // Every egg recipe scores 40 points more than anything else at every meal: more than all the
  // soft goals of a meal together (a like is 4, sharing 3, the own-diet day 4).
  const free: FreeSlot[] = (['breakfast', 'lunch', 'dinner', 'snack'] as const).map((slot) => ({
    slot,
    candidates: pool(adult, slot, 40).map((c) =>
      eggG(c.facts.recipe.id) > 0 ? { ...c, score: c.score + 40 } : c,
    ),
  }))
  const eggsEaten = async (foodCapG: number) => {
    const dm = buildDayModel({
      free,
      fixed: {
        energyKcal: 0,
        proteinG: 0,
        b12Ug: { breakfast: 0, lunch: 0, dinner: 0, snack: 0 },
        crystallineUg: { breakfast: 0, lunch: 0, dinner: 0, snack: 0 },
      },
      targets: t,
      remaining: new Map<RecipeId, number>(),
      weights: { ...DEFAULT_WEIGHTS, foodCapG },
    })
    const sol = await solver.solve(dm.model)
    expect(['optimal', 'feasible']).toContain(sol.status)
    return readDayChoices(dm, sol.values).reduce((g, c) => g + eggG(c.recipeId) * c.servings, 0)
  }

  it('at most 150 g of egg in the day with the cap, more without it', async () => {
    expect(await eggsEaten(DEFAULT_WEIGHTS.foodCapG)).toBeLessThanOrEqual(150 + 1e-6)
    expect(await eggsEaten(0)).toBeGreaterThan(150)
  }, 30_000)
})

describe('the egg cap counts locked meals', () => {
  it('with two eggs locked at breakfast, the rest of the day brings at most one more', async () => {
    const solver = await createHighsSolver()
    const eggLover = { ...adult, likes: ['egg'] }
    const byId = new Map(recipes.map((r) => [r.id, r]))
    const breakfast = [...facts.values()].find(
      (f) =>
        f.recipe.slots.includes('breakfast') &&
        (f.cappedGramsPerServing['egg'] ?? 0) >= 90 &&
        f.diet.omnivore === 'yes',
    )!
    const servings = 100 / (breakfast.cappedGramsPerServing['egg'] ?? 1)
    const dates = weekDates('2025-03-03')
    const locked: PlanEntry[] = dates.map((date) => ({
      id: planEntryId(`locked-${date}`),
      profileId: eggLover.id,
      date,
      slot: 'breakfast',
      item: { kind: 'recipe', recipeId: breakfast.recipe.id, servings },
      locked: true,
    }))
    const eggPerDay = async (seed: number) => {
      const week = await generateWeek(
        { people: [eggLover], recipes, foods, weekStart: '2025-03-03', seed, existing: locked },
        solver,
      )
      return dates.map((d) => dayFoodGrams(week.entries, eggLover.id, d, egg.matches, byId, foods))
    }
    const days = [...(await eggPerDay(1)), ...(await eggPerDay(2)), ...(await eggPerDay(3))]
    for (const g of days) expect(g).toBeLessThanOrEqual(dailyFoodCapG(egg, 2200) + 1e-6)
    expect(Math.min(...days)).toBeGreaterThanOrEqual(100 - 1e-6)
  }, 30_000)
})
