import { beforeAll, describe, expect, it } from 'vitest'
import type { FoodId } from '../../../../src/core/foods/types'
import { checkWeek } from '../../../../src/core/planning/check-week'
import { generateWeek } from '../../../../src/core/planning/generate-week'
import { mealSharing } from '../../../../src/core/planning/meal-sharing'
import { matchesOwnDiet, sideOptions } from '../../../../src/core/planning/meal-sides'
import { dailyTargets, type PlannerPerson } from '../../../../src/core/planning/person'
import { DAILY_FOOD_CAPS, dailyFoodCapG } from '../../../../src/core/planning/portions'
import { recipeFacts, type RecipeFacts } from '../../../../src/core/planning/recipe-facts'
import {
  planEntryId,
  type MealSlot,
  type PlanEntry,
  type ProfileId,
  type RecipeId,
} from '../../../../src/core/planning/types'
import {
  placeChoices,
  prepareWeek,
  slotPools,
  weekDates,
} from '../../../../src/core/planning/week-context'
import { dayFoodGrams } from '../../../../src/core/planning/week-report'
import type { GenerateWeekResult } from '../../../../src/core/planning/week-runner'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { createHighsSolver, type HighsNodeSolver } from '../../../fixtures/planning/highs-node'
import { person } from '../../../fixtures/planning/people'

const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const facts = recipeFacts(recipes, foods)
const WEEK = '2025-03-03'
const dates = weekDates(WEEK)

const vegan = person('ana', 'vegan', 34, 70, 2200)
const omnivore = person('sam', 'omnivore', 78, 72, 1900, {
  medications: [{ class: 'ppi', years: 5 }],
})
const pregnant = person('lea', 'lacto_ovo_vegetarian', 30, 65, 2300, { pregnant: true })
const household = [vegan, omnivore, pregnant]

/** The diet answers of what an entry brings: a recipe's, or a side food's. */
function dietOf(e: PlanEntry): RecipeFacts['diet'] | undefined {
  if (e.item.kind === 'recipe') return facts.get(e.item.recipeId)?.diet
  if (e.item.kind === 'food') return foods.get(e.item.foodId)?.diet
  return undefined
}
const meatOrFish = (d: RecipeFacts['diet'] | undefined) => d?.lacto_ovo_vegetarian !== 'yes'
const daysWith = (entries: readonly PlanEntry[], who: ProfileId, test: typeof meatOrFish) =>
  new Set(entries.filter((e) => e.profileId === who && test(dietOf(e))).map((e) => e.date)).size

let solver: HighsNodeSolver
const weeks: GenerateWeekResult[] = []

beforeAll(async () => {
  solver = await createHighsSolver()
  await solver.warmUp()
  for (const seed of [1, 2, 3, 4, 5])
    weeks.push(
      await generateWeek({ people: household, recipes, foods, weekStart: WEEK, seed }, solver),
    )
}, 120_000)

describe('a vegan, a 78-year-old omnivore on a PPI and a pregnant vegetarian planned together', () => {
  it('the omnivore has meat or fish on at least 3 days of each week', () => {
    for (const week of weeks)
      expect(daysWith(week.entries, omnivore.id, meatOrFish)).toBeGreaterThanOrEqual(3)
  })

  it('the vegan never eats an animal-source food, the pregnant vegetarian no meat or fish', () => {
    for (const week of weeks) {
      const mine = (who: ProfileId) =>
        week.entries.filter((e) => e.profileId === who && e.item.kind !== 'supplement')
      expect(mine(vegan.id).every((e) => dietOf(e)?.vegan === 'yes')).toBe(true)
      expect(mine(pregnant.id).every((e) => !meatOrFish(dietOf(e)))).toBe(true)
    }
  })

  it('no one eats more egg in a day than their cap, an egg eaten as a side included', () => {
    const byId = new Map(recipes.map((r) => [r.id, r]))
    const egg = DAILY_FOOD_CAPS.find((c) => c.key === 'egg')!
    let eggSides = 0
    for (const week of weeks) {
      eggSides += week.entries.filter(
        (e) => e.item.kind === 'food' && egg.matches(foods.get(e.item.foodId)!),
      ).length
      for (const p of household) {
        const cap = dailyFoodCapG(egg, dailyTargets(p).energyKcal)
        for (const date of dates)
          expect(
            dayFoodGrams(week.entries, p.id, date, egg.matches, byId, foods),
          ).toBeLessThanOrEqual(cap + 1e-6)
      }
    }
    expect(eggSides).toBeGreaterThan(0)
  })

  it('every hard rule holds, sides included (independent checker)', () => {
    for (const week of weeks)
      expect(checkWeek(week.entries, household, recipes, foods, { dates })).toEqual([])
  })

  it('still shares most together meals, and says why for the others', () => {
    for (const week of weeks) {
      const shares = mealSharing(week.entries, household, facts)
      expect(shares).toHaveLength(14) // lunch and dinner, 7 days
      expect(shares.filter((s) => s.sharedRecipeId !== null).length).toBeGreaterThanOrEqual(7)
      for (const s of shares) for (const a of s.apart) expect(a.reason.kind).toBeDefined()
    }
  })
})

describe('sharing pays only at meals eaten together', () => {
  const two = [person('a', 'vegan', 40, 70, 2200), person('b', 'vegan', 42, 72, 2300)]

  function secondPersonDinner(together: boolean) {
    const ctx = prepareWeek({
      people: two,
      recipes,
      foods,
      weekStart: WEEK,
      seed: 3,
      mealsTogether: { dinner: together },
    })
    const [first, second] = ctx.people
    const date = dates[0]!
    const firstPool = slotPools(ctx, first!, date, ['dinner'])[0]!.candidates
    const chosen = firstPool[0]!
    placeChoices(ctx, first!, date, [
      { slot: 'dinner', recipeId: chosen.facts.recipe.id, servings: chosen.levels[0]! },
    ])
    const pool = slotPools(ctx, second!, date, ['dinner'])[0]!.candidates
    return { id: chosen.facts.recipe.id, pool }
  }

  it('a "together" dinner adds the share points to the dish the other person eats', () => {
    const on = secondPersonDinner(true)
    const off = secondPersonDinner(false)
    const score = (pool: typeof on.pool) =>
      pool.find((c) => c.facts.recipe.id === on.id && !c.side)?.score ?? NaN
    expect(score(on.pool) - score(off.pool)).toBeCloseTo(3, 6)
    expect(off.pool.some((c) => c.side)).toBe(false)
  })

  it('the first to choose a together dinner leans to a dish everyone may eat', () => {
    const pool = (together: boolean) => {
      const ctx = prepareWeek({
        people: [omnivore, vegan],
        recipes,
        foods,
        weekStart: WEEK,
        seed: 5,
        mealsTogether: { dinner: together },
      })
      return slotPools(ctx, ctx.people[0]!, dates[2]!, ['dinner'])[0]!.candidates
    }
    const on = pool(true)
    const off = pool(false)
    const gain = (test: (f: RecipeFacts) => boolean) =>
      on.flatMap((c) => {
        const same = off.find((o) => o.facts.recipe.id === c.facts.recipe.id)
        return test(c.facts) && same ? [c.score - same.score] : []
      })
    const forAll = gain((f) => f.diet.vegan === 'yes')
    const notForAna = gain((f) => f.diet.vegan !== 'yes')
    expect(forAll.length).toBeGreaterThan(0)
    expect(notForAna.length).toBeGreaterThan(0)
    for (const g of forAll) expect(g).toBeCloseTo(3, 6)
    for (const g of notForAna) expect(g).toBeCloseTo(0, 6)
  })

  it('two people of the same diet share most dinners when dinner is together', async () => {
    const week = await generateWeek(
      { people: two, recipes, foods, weekStart: WEEK, seed: 4, mealsTogether: { dinner: true } },
      solver,
    )
    const dinners = mealSharing(week.entries, two, facts, { lunch: false, dinner: true })
    expect(dinners.filter((s) => s.apart.length === 0).length).toBeGreaterThanOrEqual(5)
  })

  it('breakfast "each to their own" is never rewarded: no sides and no share points', () => {
    const ctx = prepareWeek({ people: household, recipes, foods, weekStart: WEEK, seed: 1 })
    const [a, b] = ctx.people
    const pool = slotPools(ctx, a!, dates[0]!, ['breakfast'])[0]!.candidates
    placeChoices(ctx, a!, dates[0]!, [
      { slot: 'breakfast', recipeId: pool[0]!.facts.recipe.id, servings: pool[0]!.levels[0]! },
    ])
    const next = slotPools(ctx, b!, dates[0]!, ['breakfast'])[0]!.candidates
    expect(next.some((c) => c.side)).toBe(false)
  })
})

describe('sides respect diet, allergies and dislikes', () => {
  const keys = (p: PlannerPerson) => sideOptions(p, foods).map((s) => s.key)

  it.each([
    ['vegan', person('v', 'vegan', 30, 60, 2000), ['soy-drink']],
    [
      'vegetarian',
      person('l', 'lacto_ovo_vegetarian', 30, 60, 2000),
      ['egg', 'cheese', 'soy-drink'],
    ],
    [
      'pescatarian',
      person('p', 'pescatarian', 30, 60, 2000),
      ['salmon', 'tuna', 'egg', 'cheese', 'soy-drink'],
    ],
    [
      'omnivore allergic to fish and milk',
      person('o', 'omnivore', 30, 60, 2000, { allergies: ['fish', 'milk'] }),
      ['chicken', 'egg', 'soy-drink'],
    ],
    [
      'vegetarian allergic to egg and soy',
      person('e', 'lacto_ovo_vegetarian', 30, 60, 2000, { allergies: ['egg', 'soy'] }),
      ['cheese'],
    ],
    [
      'omnivore who dislikes salmon',
      person('d', 'omnivore', 30, 60, 2000, { dislikes: ['salmon'] }),
      ['tuna', 'chicken', 'egg', 'cheese', 'soy-drink'],
    ],
  ])('%s', (_label, p, expected) => {
    expect(keys(p)).toEqual(expected)
  })

  it('own diet: meat or fish for an omnivore, fish for a pescatarian, dairy or egg for a vegetarian', () => {
    const side = (key: string) =>
      sideOptions(person('x', 'omnivore', 30, 60, 2000), foods).find((s) => s.key === key)!.food
        .diet
    expect(matchesOwnDiet(side('chicken'), 'omnivore')).toBe(true)
    expect(matchesOwnDiet(side('salmon'), 'omnivore')).toBe(true)
    expect(matchesOwnDiet(side('egg'), 'omnivore')).toBe(false)
    expect(matchesOwnDiet(side('salmon'), 'pescatarian')).toBe(true)
    expect(matchesOwnDiet(side('egg'), 'lacto_ovo_vegetarian')).toBe(true)
    expect(matchesOwnDiet(side('soy-drink'), 'vegan')).toBe(false)
  })
})

describe('mealSharing says who shares and why others eat apart', () => {
  const find = (test: (f: RecipeFacts) => boolean, slot: MealSlot = 'dinner') =>
    [...facts.values()].find((f) => f.recipe.slots.includes(slot) && test(f))!.recipe.id
  const veganDish = find((f) => f.diet.vegan === 'yes')
  const meatDish = find((f) => f.diet.omnivore === 'yes' && f.diet.pescatarian === 'no')
  const entry = (who: ProfileId, date: string, id: RecipeId): PlanEntry => ({
    id: planEntryId(`${who}:${date}`),
    profileId: who,
    date,
    slot: 'dinner',
    item: { kind: 'recipe', recipeId: id, servings: 1 },
    locked: false,
  })
  const side = (who: ProfileId, date: string): PlanEntry => ({
    id: planEntryId(`${who}:${date}:side`),
    profileId: who,
    date,
    slot: 'dinner',
    item: { kind: 'food', foodId: 'sr28:15086' as FoodId, grams: 100 as never },
    locked: false,
  })

  it('a shared dish with a side, and a dish apart because the vegan diet rules it out', () => {
    const [d1, d2] = dates as [string, string]
    const entries = [
      entry(vegan.id, d1, veganDish),
      entry(omnivore.id, d1, veganDish),
      side(omnivore.id, d1),
      entry(pregnant.id, d1, veganDish),
      entry(vegan.id, d2, veganDish),
      entry(omnivore.id, d2, meatDish),
      entry(pregnant.id, d2, veganDish),
    ]
    const [first, second] = mealSharing(entries, household, facts, { lunch: false })
    expect(first).toMatchObject({ sharedRecipeId: veganDish, apart: [] })
    expect(first!.sharers).toEqual([vegan.id, omnivore.id, pregnant.id])
    expect(first!.sides).toEqual([{ profileId: omnivore.id, foodId: 'sr28:15086' }])
    expect(second!.apart).toEqual([
      {
        profileId: omnivore.id,
        recipeId: meatDish,
        reason: { kind: 'others-diet', profileIds: [vegan.id, pregnant.id] },
      },
    ])
  })

  it('the person whose diet rules out the shared dish eats apart for their own diet', () => {
    const d = dates[0]!
    const entries = [
      entry(omnivore.id, d, meatDish),
      entry(pregnant.id, d, veganDish),
      entry(person('tom', 'omnivore', 40, 80, 2400).id, d, meatDish),
    ]
    const people = [omnivore, pregnant, person('tom', 'omnivore', 40, 80, 2400)]
    const [meal] = mealSharing(entries, people, facts)
    expect(meal!.sharedRecipeId).toBe(meatDish)
    expect(meal!.apart).toEqual([
      { profileId: pregnant.id, recipeId: veganDish, reason: { kind: 'own-diet' } },
    ])
  })

  it('meals "each to their own" are left out', () => {
    const d = dates[0]!
    const entries = [entry(vegan.id, d, veganDish), entry(omnivore.id, d, meatDish)]
    expect(mealSharing(entries, household, facts, { dinner: false })).toEqual([])
  })
})
