import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { PlanEntry, Recipe } from '../../../../src/core/planning/types'
import { aggregatePlan, buildShoppingList, recipesById } from '../../../../src/core/shopping'
import {
  ALL_FOODS,
  B12_TABLET,
  BANANA,
  FOODS,
  makeEntry,
  makeRecipe,
  NUTRITIONAL_YEAST,
  OATS,
  recipeItem,
  SOYMILK,
  supplementItem,
  foodItem,
  TABLE,
  TOFU,
  SPINACH,
} from './fixtures'

const WEEK = { from: '2025-03-03', to: '2025-03-09' }
const porridge = makeRecipe('porridge', 'Porridge', 2, [
  [OATS, 80],
  [SOYMILK, 486],
  [BANANA, 118],
  [NUTRITIONAL_YEAST, 10],
])
const scramble = makeRecipe('scramble', 'Tofu scramble', 4, [
  [TOFU, 400],
  [SPINACH, 120],
  [NUTRITIONAL_YEAST, 20],
])
const recipes = recipesById([porridge, scramble])

describe('aggregatePlan', () => {
  it('scales ingredients by servings / recipe servings and merges across recipes and people', () => {
    const entries = [
      makeEntry('alex', '2025-03-03', recipeItem(porridge, 1)),
      makeEntry('sam', '2025-03-03', recipeItem(porridge, 1.5)),
      makeEntry('sam', '2025-03-04', recipeItem(scramble, 2)),
      makeEntry('alex', '2025-03-04', foodItem(SOYMILK, 250)),
      makeEntry('alex', '2025-03-05', supplementItem(B12_TABLET, 1)),
    ]
    const { totals } = aggregatePlan(entries, recipes, { range: WEEK })
    expect(totals.get(OATS.id)?.grams).toBeCloseTo((80 * 2.5) / 2, 9)
    expect(totals.get(SOYMILK.id)?.grams).toBeCloseTo(486 * 1.25 + 250, 9)
    expect(totals.get(NUTRITIONAL_YEAST.id)?.grams).toBeCloseTo(10 * 1.25 + 20 * 0.5, 9)
    expect([...totals.get(NUTRITIONAL_YEAST.id)!.recipeIds].sort()).toEqual([
      'porridge',
      'scramble',
    ])
    expect([...totals.get(NUTRITIONAL_YEAST.id)!.profiles].sort()).toEqual(['alex', 'sam'])
    expect(totals.get(SOYMILK.id)?.direct).toBe(true)
    expect(totals.get(OATS.id)?.direct).toBe(false)
    expect(totals.get(B12_TABLET.id)).toMatchObject({ grams: 0, units: 1, direct: true })
  })

  it('keeps only the date range (inclusive) and the chosen household members', () => {
    const entries = [
      makeEntry('alex', '2025-03-02', foodItem(OATS, 1)),
      makeEntry('alex', '2025-03-03', foodItem(OATS, 10)),
      makeEntry('sam', '2025-03-09', foodItem(OATS, 100)),
      makeEntry('kim', '2025-03-05', foodItem(OATS, 1000)),
      makeEntry('alex', '2025-03-10', foodItem(OATS, 10_000)),
    ]
    expect(aggregatePlan(entries, recipes, { range: WEEK }).totals.get(OATS.id)?.grams).toBe(1110)
    const household = aggregatePlan(entries, recipes, {
      range: WEEK,
      profileIds: [entries[1]!.profileId, entries[2]!.profileId],
    })
    expect(household.totals.get(OATS.id)?.grams).toBe(110)
  })

  it('ignores non-positive or non-finite amounts and reports unknown recipes', () => {
    const broken = makeRecipe('broken', 'Broken', 0, [[OATS, 50]])
    const entries = [
      makeEntry('alex', '2025-03-03', recipeItem(porridge, 0)),
      makeEntry('alex', '2025-03-03', recipeItem(porridge, -1)),
      makeEntry('alex', '2025-03-03', recipeItem(porridge, Number.NaN)),
      makeEntry('alex', '2025-03-03', recipeItem(broken, 1)),
      makeEntry('alex', '2025-03-03', foodItem(OATS, -5)),
      makeEntry('alex', '2025-03-03', supplementItem(B12_TABLET, Number.POSITIVE_INFINITY)),
      makeEntry('alex', '2025-03-03', {
        kind: 'recipe',
        recipeId: makeRecipe('gone', 'Gone', 1, []).id,
        servings: 1,
      }),
    ]
    const result = aggregatePlan(entries, recipesById([porridge, broken]), { range: WEEK })
    expect(result.totals.size).toBe(0)
    expect([...result.missingRecipes]).toEqual(['gone'])
  })
})

// Realistic random plans: recipes of 1–10 ingredients over the fixture foods, entries of all three kinds.
const foodIds = ALL_FOODS.filter((f) => f.kind === 'food')
const arbRecipe = (id: number) =>
  fc
    .record({
      servings: fc.integer({ min: 1, max: 8 }),
      ingredients: fc.array(
        fc.tuple(fc.constantFrom(...foodIds), fc.double({ min: 0.5, max: 800, noNaN: true })),
        { minLength: 1, maxLength: 10 },
      ),
    })
    .map(({ servings, ingredients }) => makeRecipe(`r${id}`, `Recipe ${id}`, servings, ingredients))
const arbPlan = fc.tuple(arbRecipe(1), arbRecipe(2), arbRecipe(3)).chain((rs) =>
  fc
    .array(
      fc.oneof(
        fc
          .record({ r: fc.constantFrom(...rs), s: fc.double({ min: 0.25, max: 4, noNaN: true }) })
          .map(({ r, s }) => recipeItem(r, s)),
        fc
          .record({
            f: fc.constantFrom(...foodIds),
            g: fc.double({ min: 1, max: 500, noNaN: true }),
          })
          .map(({ f, g }) => foodItem(f, g)),
        fc.integer({ min: 1, max: 3 }).map((u) => supplementItem(B12_TABLET, u)),
      ),
      { maxLength: 60 },
    )
    .chain((items) =>
      fc.tuple(
        fc.constant(rs),
        fc.tuple(
          ...items.map((item) =>
            fc
              .tuple(fc.constantFrom('alex', 'sam', 'kim'), fc.integer({ min: 3, max: 9 }))
              .map(([p, d]) => makeEntry(p, `2025-03-0${d}`, item)),
          ),
        ),
      ),
    ),
)

function expectedGrams(entries: PlanEntry[], rs: Recipe[]): number {
  let total = 0
  for (const e of entries) {
    if (e.item.kind === 'food') total += e.item.grams
    if (e.item.kind === 'recipe') {
      const item = e.item
      const r = rs.find((x) => x.id === item.recipeId)!
      for (const ing of r.ingredients) total += (ing.grams * item.servings) / r.servings
    }
  }
  return total
}

describe('aggregation conserves grams (property)', () => {
  it('total grams on the list = Σ ingredient grams × servings / recipe servings + food grams', () => {
    fc.assert(
      fc.property(arbPlan, ([rs, entries]) => {
        const list = buildShoppingList({
          entries,
          recipes: rs,
          foods: FOODS,
          range: WEEK,
          packages: TABLE,
        })
        const listed = list.lines.reduce((sum, l) => sum + l.grams, 0)
        const expected = expectedGrams(entries, rs)
        expect(Math.abs(listed - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected))
        const units = entries.reduce(
          (sum, e) => sum + (e.item.kind === 'supplement' ? e.item.units : 0),
          0,
        )
        expect(list.lines.reduce((sum, l) => sum + l.units, 0)).toBe(units)
      }),
    )
  })

  it('shuffling the entries gives the same lines and per-food totals', () => {
    fc.assert(
      fc.property(
        arbPlan.chain(([rs, entries]) =>
          fc.tuple(
            fc.constant(rs),
            fc.constant(entries),
            fc.shuffledSubarray(entries, { minLength: entries.length }),
          ),
        ),
        ([rs, entries, shuffled]) => {
          const a = buildShoppingList({
            entries,
            recipes: rs,
            foods: FOODS,
            range: WEEK,
            packages: TABLE,
          })
          const b = buildShoppingList({
            entries: shuffled,
            recipes: rs,
            foods: FOODS,
            range: WEEK,
            packages: TABLE,
          })
          expect(b.lines.map((l) => l.key)).toEqual(a.lines.map((l) => l.key))
          a.lines.forEach((line, i) => {
            const other = b.lines[i]!
            expect(Math.abs(other.grams - line.grams)).toBeLessThanOrEqual(
              1e-9 * Math.max(1, line.grams),
            )
            expect(other.units).toBe(line.units)
            expect(other.recipes).toEqual(line.recipes)
            expect(other.profiles).toEqual(line.profiles)
          })
        },
      ),
    )
  })
})
