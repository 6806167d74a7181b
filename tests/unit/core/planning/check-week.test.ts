import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { foodId } from '../../../../src/core/foods/types'
import { checkWeek, type ViolationCode } from '../../../../src/core/planning/check-week'
import { hashSeed, mulberry32 } from '../../../../src/core/planning/prng'
import {
  planEntryId,
  recipeId,
  type PlanEntry,
  type PlanItem,
  type MealSlot,
} from '../../../../src/core/planning/types'
import { grams } from '../../../../src/core/units'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { person } from '../../../fixtures/planning/people'

const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const DAY = '2025-03-03'
const entry = (slot: MealSlot, item: PlanItem, id = `e-${slot}`): PlanEntry => ({
  id: planEntryId(id),
  profileId: person('p', 'vegan', 1, 1, 1).id,
  date: DAY,
  slot,
  item,
  locked: false,
})
const recipe = (id: string, servings = 1): PlanItem => ({
  kind: 'recipe',
  recipeId: recipeId(id),
  servings,
})

// A vegan day from the library: ~2,060 kcal, ~75 g protein, B12 from fortified foods at 3 meals.
const goodDay = [
  entry('breakfast', recipe('overnight-oats-soy-blueberry')),
  entry('lunch', recipe('black-bean-burrito-bowl', 1.5)),
  entry('dinner', recipe('red-lentil-dahl')),
  entry('snack', recipe('trail-mix')),
]
const codes = (plan: PlanEntry[], p = person('p', 'vegan', 34, 70, 2000)) =>
  checkWeek(plan, [p], recipes, foods, { dates: [DAY] })
    .map((v) => v.code)
    .sort()

describe('checkWeek (independent rule checker)', () => {
  it('accepts a day that meets every rule', () => {
    expect(codes(goodDay)).toEqual([])
  })

  it.each<
    [string, PlanEntry[], Partial<Parameters<typeof person>[5]> & object, number, ViolationCode[]]
  >([
    [
      'energy too low (and a meal missing)',
      goodDay.slice(0, 3),
      {},
      2300,
      ['ENERGY_LOW', 'MEAL_MISSING'],
    ],
    ['energy too high', goodDay, {}, 1500, ['ENERGY_HIGH']],
    ['energy inside ±10 %', goodDay, {}, 2200, []],
    ['allergy not in the day', goodDay, { allergies: ['peanut'] }, 2000, []],
    ['allergy hit', goodDay, { allergies: ['almond'] }, 2000, ['ALLERGY']],
  ])('%s', (_label, plan, extra, kcal, expected) => {
    expect(codes(plan, person('p', 'vegan', 34, 70, kcal, extra))).toEqual(expected)
  })

  it('flags protein below 1.0 g/kg from 65 y (but not 0.8 g/kg at 64 y)', () => {
    expect(codes(goodDay, person('p', 'vegan', 64, 92, 2000))).toEqual([])
    expect(codes(goodDay, person('p', 'vegan', 65, 92, 2000))).toEqual(['PROTEIN_LOW'])
  })

  it('flags a diet breach (cheese for a vegan)', () => {
    expect(codes([...goodDay.slice(0, 3), entry('snack', recipe('cheddar-apple'))])).toContain(
      'DIET',
    )
  })

  it('flags absorbed B12 below 0.5 × RDA when B12 comes in one meal only', () => {
    const plan = [
      entry('breakfast', recipe('apple-cinnamon-oats-water')),
      entry('lunch', recipe('chickpea-bulgur-tahini-bowl', 1.5)),
      entry('dinner', recipe('coconut-cauliflower-curry')),
      entry('snack', recipe('trail-mix')),
    ]
    expect(codes(plan)).toEqual(['B12_ABSORBED_LOW'])
    // The person's own 10 µg tablet with breakfast fixes it.
    expect(
      codes(
        plan,
        person('p', 'vegan', 34, 70, 2000, { supplements: [{ slot: 'breakfast', ug: 10 }] }),
      ),
    ).toEqual([])
  })

  describe('asks for crystalline B12 for each rule of reference §5, written out on its own', () => {
    // Food-bound B12 only: enough absorbed B12, none of it crystalline.
    const plan = [
      entry('breakfast', recipe('soft-scrambled-eggs-toast')),
      entry('lunch', recipe('tuna-tomato-pasta', 1.5)),
      entry('dinner', recipe('salmon-potatoes-broccoli')),
      entry('snack', recipe('yogurt-honey-walnuts')),
    ]
    const pesc = (age: number, extra = {}) => person('p', 'pescatarian', age, 70, 2000, extra)
    it.each<[string, number, object, ViolationCode[]]>([
      ['age 50: no', 50, {}, []],
      ['age 50.9: no', 50.9, {}, []],
      ['age 51 (IOM)', 51, {}, ['B12_CRYSTALLINE_LOW']],
      ['metformin', 40, { medications: [{ class: 'metformin' }] }, ['B12_CRYSTALLINE_LOW']],
      [
        'PPI for 2 years',
        40,
        { medications: [{ class: 'ppi', years: 2 }] },
        ['B12_CRYSTALLINE_LOW'],
      ],
      [
        '§6a.4 H2 blocker, years not given',
        40,
        { medications: [{ class: 'h2ra' }] },
        ['B12_CRYSTALLINE_LOW'],
      ],
      ['PPI for half a year: no', 40, { medications: [{ class: 'ppi', years: 0.5 }] }, []],
      ['colchicine', 40, { medications: [{ class: 'colchicine' }] }, ['B12_CRYSTALLINE_LOW']],
      ['atrophic gastritis', 40, { conditions: ['atrophic_gastritis'] }, ['B12_CRYSTALLINE_LOW']],
      ['coeliac disease', 40, { conditions: ['coeliac_disease'] }, ['B12_CRYSTALLINE_LOW']],
      ["Crohn's disease", 40, { conditions: ['crohns_disease'] }, ['B12_CRYSTALLINE_LOW']],
      ['type 2 diabetes without metformin: no', 40, { conditions: ['type_2_diabetes'] }, []],
      ['insulin: no', 40, { medications: [{ class: 'insulin' }] }, []],
    ])('%s', (_label, age, extra, expected) => {
      expect(codes(plan, pesc(age, extra))).toEqual(expected)
    })
  })

  it('counts food and supplement items, flags unknown items, overuse and changed locked entries', () => {
    const p = person('p', 'vegan', 34, 70, 2000)
    const extra = [
      entry('snack', { kind: 'food', foodId: foodId('sr28:09040'), grams: grams(100) }, 'banana'),
      entry(
        'snack',
        { kind: 'supplement', foodId: foodId('curated:b12-tablet-10-cyanocobalamin'), units: 1 },
        'tab',
      ),
      entry('lunch', { kind: 'food', foodId: foodId('sr28:nope'), grams: grams(1) }, 'x'),
    ]
    const week = [0, 1, 2, 3].map((i) => ({
      ...goodDay[0]!,
      id: planEntryId(`b${i}`),
      date: `2025-03-0${3 + i}`,
    }))
    const v = checkWeek([...goodDay, ...extra, ...week], [p], recipes, foods, {
      locked: [{ ...goodDay[1]!, item: recipe('black-bean-burrito-bowl', 1) }],
    }).map((x) => x.code)
    expect(v).toContain('UNKNOWN_ITEM')
    expect(v).toContain('RECIPE_OVERUSED')
    expect(v).toContain('LOCKED_CHANGED')
    expect(v).not.toContain('DIET')
  })
})

describe('seeded random numbers', () => {
  it('mulberry32 repeats for a seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = mulberry32(seed)
        const b = mulberry32(seed)
        for (let i = 0; i < 20; i++) {
          const x = a()
          if (x !== b() || x < 0 || x >= 1) return false
        }
        return true
      }),
    )
  })

  it('hashSeed separates days and people', () => {
    expect(hashSeed(1, 0, '2025-03-03')).not.toBe(hashSeed(1, 0, '2025-03-04'))
    expect(hashSeed(1, 0, 'x')).not.toBe(hashSeed(1, 1, 'x'))
    expect(hashSeed(1, 0, 'x')).toBe(hashSeed(1, 0, 'x'))
  })
})
