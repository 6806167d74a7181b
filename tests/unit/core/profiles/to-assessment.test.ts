import { describe, expect, it } from 'vitest'
import { assessB12 } from '../../../../src/core/b12'
import { foodId, type FoodRecord } from '../../../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
  type Recipe,
} from '../../../../src/core/planning/types'
import { weekIntakePattern, type IntakeLookup } from '../../../../src/core/profiles/intake-pattern'
import { toEatingEvents } from '../../../../src/core/profiles/week-event'
import {
  assessmentInputFor,
  personAge,
  plannerPersonFor,
  suggestedCalories,
} from '../../../../src/core/profiles/to-assessment'
import { grams } from '../../../../src/core/units'
import { shippedCatalogue } from '../../../fixtures/catalogue'
import { makePerson } from '../../../fixtures/person'

const TODAY = '2026-11-21'
const WEEK = [
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-28',
  '2026-11-29',
]
const foods = new Map<string, FoodRecord>(shippedCatalogue().foods.map((food) => [food.id, food]))
const TABLET_1000 = [...foods.values()].find(
  (food) =>
    food.supplement?.ugPerUnit === 1000 &&
    food.supplement.form === 'cyanocobalamin' &&
    food.supplement.unit === 'tablet',
)!

const porridge: Recipe = {
  id: recipeId('r-porridge'),
  name: 'Porridge with soy milk',
  slots: ['breakfast'],
  servings: 2,
  ingredients: [
    { foodId: foodId('sr28:16139'), grams: grams(486) }, // 2 cups soymilk
    { foodId: foodId('sr28:09040'), grams: grams(236) }, // 2 bananas
  ],
  steps: ['Cook.'],
  prepMinutes: 10,
  tags: ['quick'],
  source: 'builtin',
}
const lookup: IntakeLookup = {
  food: (id) => foods.get(id),
  recipe: (id) => (id === porridge.id ? porridge : undefined),
}

function entry(overrides: Partial<PlanEntry>): PlanEntry {
  return {
    id: planEntryId('e'),
    profileId: profileId('p-1'),
    date: WEEK[0]!,
    slot: 'breakfast',
    item: { kind: 'food', foodId: foodId('sr28:16139'), grams: grams(243) },
    locked: false,
    ...overrides,
  }
}

describe('weekIntakePattern', () => {
  it('makes one event per day and meal, with µg = per-100 g × grams ÷ 100', () => {
    const { events: pattern } = weekIntakePattern(makePerson(), [entry({})], WEEK, lookup)
    expect(pattern).toHaveLength(1)
    expect(pattern[0]).toMatchObject({ dayIndex: 0, slot: 'breakfast', daysPerWeek: 1 })
    // SR28 16139: 0.85 µg/100 g, all added → crystalline; 243 g → 2.0655 µg
    expect(pattern[0]!.items).toEqual([expect.objectContaining({ form: 'crystalline' })])
    expect(pattern[0]!.items[0]!.ug).toBeCloseTo(2.0655, 6)
  })

  it('scales recipe ingredients by servings eaten ÷ servings made', () => {
    const { events: pattern } = weekIntakePattern(
      makePerson(),
      [entry({ item: { kind: 'recipe', recipeId: porridge.id, servings: 1 } })],
      WEEK,
      lookup,
    )
    // one of two servings: 243 g soymilk → 2.0655 µg; banana has no B12 → no item
    const total = pattern[0]!.items.reduce((sum, item) => sum + item.ug, 0)
    expect(total).toBeCloseTo(2.0655, 6)
  })

  it('adds regular supplements on their days and in their meal, merged with the meal eaten then', () => {
    const person = makePerson({
      supplements: [
        {
          id: 's',
          foodId: TABLET_1000.id,
          units: 1,
          slot: 'breakfast',
          days: [0, 1, 2, 3, 4, 5, 6],
        },
      ],
    })
    const { events: pattern } = weekIntakePattern(person, [entry({})], WEEK, lookup)
    expect(pattern).toHaveLength(7)
    expect(pattern[0]!.items.map((item) => item.ug)).toEqual([expect.closeTo(2.0655, 6), 1000])
    expect(pattern[6]!.items).toEqual([expect.objectContaining({ ug: 1000, form: 'crystalline' })])
  })

  it('ignores other people and other weeks, and reports entries whose food is gone', () => {
    const entries = [
      entry({ profileId: profileId('someone-else') }),
      entry({ date: '2026-12-01' }),
      entry({ item: { kind: 'food', foodId: foodId('custom:deleted'), grams: grams(100) } }),
    ]
    const week = weekIntakePattern(makePerson(), entries, WEEK, lookup)
    expect(week.events).toEqual([])
    expect(week.missing).toHaveLength(1)
  })
})

describe('assessment for the e2e persona: 72-year-old vegan on Glucophage', () => {
  const person = makePerson({
    medications: [
      {
        text: 'Glucophage',
        class: 'metformin',
        generic: 'metformin',
        brand: 'Glucophage',
        duration: null,
      },
    ],
  })

  it('with nothing planned: high risk, discuss testing, high-dose oral suggestion', () => {
    const week = weekIntakePattern(person, [], WEEK, lookup)
    const result = assessB12(assessmentInputFor(person, toEatingEvents(week.events), TODAY))
    // coverage 0 % → INTAKE_VERY_LOW (vegan: high); crystalline 0 % → AGE_51_PLUS moderate; MED_METFORMIN moderate
    expect(result.riskLevel).toBe('high')
    expect([...result.riskReasons].sort()).toEqual([
      'AGE_51_PLUS',
      'INTAKE_VERY_LOW',
      'MED_METFORMIN',
    ])
    expect(result.clinicianAction).toBe('discuss_testing')
    expect(result.suggestionCode).toBe('HIGH_DOSE_ORAL')
    expect(result.warnings).toEqual(['DO_NOT_STOP_PRESCRIBED_MEDICINE'])
  })

  it('with a daily 1000 µg tablet: covered, moderate (metformin remains), no further suggestion', () => {
    const withTablet = {
      ...person,
      supplements: [
        {
          id: 's',
          foodId: TABLET_1000.id,
          units: 1,
          slot: 'breakfast' as const,
          days: [0, 1, 2, 3, 4, 5, 6] as (0 | 1 | 2 | 3 | 4 | 5 | 6)[],
        },
      ],
    }
    const week = weekIntakePattern(withTablet, [], WEEK, lookup)
    const result = assessB12(assessmentInputFor(withTablet, toEatingEvents(week.events), TODAY))
    // A(1000) = 11.50 µg/day; target 1.2 → 958 %; passive 0.01 × 1000 / 1.2 = 833 %
    expect(result.effectiveCoveragePct).toBeCloseTo(958.3, 0)
    expect(result.passiveRouteCoveragePct).toBeCloseTo(833.3, 0)
    expect(result.riskLevel).toBe('moderate')
    expect([...result.riskReasons].sort()).toEqual([
      'AGE_51_PLUS',
      'DIET_VEGAN_COVERED',
      'MED_METFORMIN',
    ])
    expect(result.suggestionCode).toBe('NONE')
  })
})

describe('person figures', () => {
  it('takes the age from the date of birth when there is one', () => {
    expect(personAge(makePerson({ birthDate: '1954-11-22', ageYears: null }), TODAY)).toBe(71)
    expect(personAge(makePerson({ ageYears: 34 }), TODAY)).toBe(34)
  })

  it('suggests calories from the IOM equation and none for babies', () => {
    // 354 − 6.91×72 + 1.0×(9.36×60 + 726×1.60) = 1579.68
    expect(suggestedCalories(makePerson(), TODAY)).toBeCloseTo(1579.68, 2)
    expect(suggestedCalories(makePerson({ ageYears: 0.5 }), TODAY)).toBeNull()
  })

  it('gives the planner the medicines that matter and the daily supplements in µg', () => {
    const person = makePerson({
      calorieTargetKcal: 1800,
      medications: [
        { text: 'Losec', class: 'ppi', generic: 'omeprazole', brand: 'Losec', duration: 'over_2' },
        {
          text: 'Glucophage',
          class: 'metformin',
          generic: 'metformin',
          brand: null,
          duration: null,
        },
      ],
      supplements: [
        { id: 'a', foodId: TABLET_1000.id, units: 1, slot: 'lunch', days: [0, 1, 2, 3, 4, 5, 6] },
        { id: 'b', foodId: TABLET_1000.id, units: 2, slot: 'dinner', days: [0] },
      ],
    })
    expect(plannerPersonFor(person, TODAY, (id) => foods.get(id))).toMatchObject({
      ageYears: 72,
      energyKcalPerDay: 1800,
      medications: [
        { class: 'ppi', generic: 'omeprazole', brand: 'Losec', years: 2 },
        { class: 'metformin', generic: 'metformin' },
      ],
      conditions: [],
      supplements: [{ slot: 'lunch', ug: 1000 }],
    })
  })
})
