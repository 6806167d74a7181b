import { describe, expect, it } from 'vitest'
import { absorbedFromEvent } from '../../../../src/core/b12'
import { dailyTargets } from '../../../../src/core/planning/person'
import { mulberry32 } from '../../../../src/core/planning/prng'
import { recipeFacts, type RecipeFacts } from '../../../../src/core/planning/recipe-facts'
import {
  candidatePool,
  DEFAULT_WEIGHTS,
  mealScore,
  personRules,
  poolFrom,
  slotRecipes,
  type PoolContext,
} from '../../../../src/core/planning/scoring'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { person } from '../../../fixtures/planning/people'

const { foods } = loadFoods()
const facts = recipeFacts(loadStarterRecipes(), foods)
const adult = person('ana', 'lacto_ovo_vegetarian', 40, 65, 2100)
const rules = personRules(adult)

const ctx = (extra: Partial<PoolContext> = {}): PoolContext => ({
  slot: 'dinner',
  targets: dailyTargets(adult),
  rules,
  remaining: () => 3,
  bonus: () => 0,
  random: () => 0,
  weights: { ...DEFAULT_WEIGHTS, noise: 0 },
  poolSize: 10,
  extraPerKind: 3,
  ...extra,
})

const b12 = (f: RecipeFacts) =>
  absorbedFromEvent(f.perServing.b12FoodUg + f.perServing.b12CrystallineUg)

describe('the candidate pool of a slot', () => {
  const week = slotRecipes(facts.values(), ctx())
  const ids = (list: readonly { facts: RecipeFacts }[]) => list.map((c) => c.facts.recipe.id)

  it('holds the best by points and the best for each hard need, among recipes with uses left', () => {
    const dinners = week.recipes.map((r) => r.facts)
    expect(dinners.length).toBeGreaterThan(40)
    expect(dinners.every((f) => f.recipe.slots.includes('dinner') && rules.allowed(f))).toBe(true)
    const bestB12 = [...dinners].sort((a, b) => b12(b) - b12(a))[0]!
    const byPoints = [...dinners].sort(
      (a, b) =>
        mealScore(b, 0, 0, DEFAULT_WEIGHTS) - mealScore(a, 0, 0, DEFAULT_WEIGHTS) ||
        (a.recipe.id < b.recipe.id ? -1 : 1),
    )
    const pool = poolFrom(week, ctx())
    for (const f of byPoints.slice(0, 10)) expect(ids(pool)).toContain(f.recipe.id)
    expect(ids(pool)).toContain(bestB12.recipe.id)
    expect(pool.length).toBeLessThanOrEqual(10 + 5 * 3)

    // With no use left, the best-B12 dinner is out and the next best for B12 comes in.
    const used = ctx({ remaining: (id) => (id === bestB12.recipe.id ? 0 : 3) })
    const without = poolFrom(week, used)
    expect(ids(without)).not.toContain(bestB12.recipe.id)
    const nextB12 = [...dinners]
      .filter((f) => f !== bestB12)
      .sort((a, b) => b12(b) - b12(a) || (a.recipe.id < b.recipe.id ? -1 : 1))
      .slice(0, 3)
    for (const f of nextB12) expect(ids(without)).toContain(f.recipe.id)
  })

  it('worked out once a week gives the same pools as from the library each day', () => {
    const random = (seed: number) => mulberry32(seed)
    for (const seed of [1, 2, 3]) {
      const day = ctx({
        random: random(seed),
        weights: DEFAULT_WEIGHTS,
        remaining: (id) => (id.length % 3 === 0 ? 0 : 2),
      })
      const again = { ...day, random: random(seed) }
      expect(ids(poolFrom(week, day))).toEqual(ids(candidatePool(facts.values(), again)))
    }
  })
})
