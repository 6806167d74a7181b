import { beforeAll, describe, expect, it } from 'vitest'
import { foodAllergenGroups, type AllergenGroup } from '../../../../src/core/foods/allergens'
import { foodId, type FoodRecord } from '../../../../src/core/foods/types'
import { checkerAllergenGroups } from '../../../../src/core/planning/check-allergens'
import { checkWeek } from '../../../../src/core/planning/check-week'
import { generateWeek } from '../../../../src/core/planning/generate-week'
import type { PlannerPerson } from '../../../../src/core/planning/person'
import { scaledIngredients } from '../../../../src/core/planning/recipe-scale'
import { planEntryId, type PlanEntry } from '../../../../src/core/planning/types'
import { weekDates } from '../../../../src/core/planning/week-context'
import { grams } from '../../../../src/core/units'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { createHighsSolver, type HighsNodeSolver } from '../../../fixtures/planning/highs-node'
import { person } from '../../../fixtures/planning/people'

const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const WEEK = '2025-03-03'
const dates = weekDates(WEEK)
let solver: HighsNodeSolver

beforeAll(async () => {
  solver = await createHighsSolver()
  await solver.warmUp()
})

/** Every food a week puts on the person's plate, recipe ingredients included. */
function platedFoods(entries: readonly PlanEntry[]): FoodRecord[] {
  const byId = new Map(recipes.map((r) => [r.id as string, r]))
  return entries.flatMap((e) => {
    if (e.item.kind !== 'recipe') return [foods.get(e.item.foodId)!]
    const r = byId.get(e.item.recipeId)!
    return scaledIngredients(r, e.item.servings).map((i) => foods.get(i.foodId)!)
  })
}

describe('generated weeks hold allergies (judged by the checker and both tables)', () => {
  it.each([
    ['oats', 'lacto_ovo_vegetarian', ['oats']],
    ['nuts', 'vegan', ['tree-nut', 'peanut']],
  ] as const)('%s', async (word, diet, groups: readonly AllergenGroup[]) => {
    const p: PlannerPerson = person(`allergic-${word}`, diet, 40, 70, 2100, { allergies: [word] })
    const week = await generateWeek(
      { people: [p], recipes, foods, weekStart: WEEK, seed: 7 },
      solver,
    )
    expect(week.entries.length).toBeGreaterThan(0)
    const plated = platedFoods(week.entries)
    for (const g of groups) {
      expect(plated.filter((f) => foodAllergenGroups(f).has(g)).map((f) => f.id)).toEqual([])
      expect(plated.filter((f) => checkerAllergenGroups(f).has(g)).map((f) => f.id)).toEqual([])
    }
    expect(checkWeek(week.entries, [p], recipes, foods, { dates })).toEqual([])
  })
})

describe('checkWeek reports an allergen in a hand-built week', () => {
  it('oat drink at breakfast for a person allergic to "oats": named person, word, food and meal', () => {
    const p = person('oat-allergic', 'vegan', 40, 70, 2100, { allergies: ['oats'] })
    const entry: PlanEntry = {
      id: planEntryId('e1'),
      profileId: p.id,
      date: WEEK,
      slot: 'breakfast',
      item: { kind: 'food', foodId: foodId('curated:oat-drink-fortified'), grams: grams(250) },
      locked: false,
    }
    const allergy = checkWeek([entry], [p], recipes, foods).filter((v) => v.code === 'ALLERGY')
    expect(allergy).toHaveLength(1)
    expect(allergy[0]).toMatchObject({ profileId: p.id, date: WEEK, slot: 'breakfast' })
    expect(allergy[0]?.detail).toContain('oat-allergic')
    expect(allergy[0]?.detail).toContain('"oats"')
    expect(allergy[0]?.detail).toContain('Oat drink')
    expect(allergy[0]?.detail).toContain('breakfast')
  })
})
