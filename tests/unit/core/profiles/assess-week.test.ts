import { describe, expect, it } from 'vitest'
import { assessB12 } from '../../../../src/core/b12'
import { foodId, type FoodRecord } from '../../../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  recipeId,
  type MealSlot,
  type PlanEntry,
  type PlanItem,
  type Recipe,
} from '../../../../src/core/planning/types'
import {
  assessWeek,
  toEatingEvents,
  type WeekEvent,
} from '../../../../src/core/profiles/assess-week'
import type { IntakeLookup } from '../../../../src/core/profiles/intake-pattern'
import { assessmentInputFor } from '../../../../src/core/profiles/to-assessment'
import { weekOf } from '../../../../src/core/dates'
import { grams } from '../../../../src/core/units'
import { shippedCatalogue } from '../../../fixtures/catalogue'
import { makePerson } from '../../../fixtures/person'

const TODAY = '2026-11-21'
const DATES = weekOf('2026-11-23')
const SOYMILK = foodId('sr28:16139')
const EGG = foodId('sr28:01123')
const LIVER = foodId('sr28:13325')
const TABLET_25 = foodId('curated:b12-tablet-25-cyanocobalamin')
const foods = new Map<string, FoodRecord>(shippedCatalogue().foods.map((food) => [food.id, food]))

const scramble: Recipe = {
  id: recipeId('r-scramble'),
  name: 'Egg scramble with soy milk',
  slots: ['breakfast'],
  servings: 2,
  ingredients: [
    { foodId: SOYMILK, grams: grams(486) },
    { foodId: EGG, grams: grams(100) },
  ],
  steps: ['Cook.'],
  prepMinutes: 10,
  tags: ['quick'],
  source: 'builtin',
}
const lookup: IntakeLookup = {
  food: (id) => foods.get(id),
  recipe: (id) => (id === scramble.id ? scramble : undefined),
}

let counter = 0
function entry(day: number, slot: MealSlot, item: PlanItem, profile = 'p-1'): PlanEntry {
  return {
    id: planEntryId(`e${++counter}`),
    profileId: profileId(profile),
    date: DATES[day]!,
    slot,
    item,
    locked: false,
  }
}
const soy = (g: number): PlanItem => ({ kind: 'food', foodId: SOYMILK, grams: grams(g) })
const liver = (g: number): PlanItem => ({ kind: 'food', foodId: LIVER, grams: grams(g) })
const tablet: PlanItem = { kind: 'supplement', foodId: TABLET_25, units: 1 }

/** The fields a chart reads, one row per event. */
const shape = (events: readonly WeekEvent[] | null) =>
  events?.map((e) => ({
    dayIndex: e.dayIndex,
    slot: e.slot,
    items: e.items.map((i) => [i.foodId, i.kind, i.form]),
  })) ?? null

describe('assessWeek: a planned week gives structured events', () => {
  it.each([
    [
      'soy milk on Tuesday at lunch',
      [entry(1, 'lunch', soy(240))],
      [{ dayIndex: 1, slot: 'lunch', items: [[SOYMILK, 'food', 'crystalline']] }],
    ],
    [
      'liver on Sunday at dinner',
      [entry(6, 'dinner', liver(10))],
      [{ dayIndex: 6, slot: 'dinner', items: [[LIVER, 'food', 'food']] }],
    ],
    [
      'a planned tablet on Wednesday snack',
      [entry(2, 'snack', tablet)],
      [{ dayIndex: 2, slot: 'snack', items: [[TABLET_25, 'supplement', 'crystalline']] }],
    ],
    [
      'two meals, in day then meal order whatever the entry order',
      [
        entry(4, 'breakfast', soy(100)),
        entry(0, 'dinner', tablet),
        entry(0, 'breakfast', soy(100)),
      ],
      [
        { dayIndex: 0, slot: 'breakfast', items: [[SOYMILK, 'food', 'crystalline']] },
        { dayIndex: 0, slot: 'dinner', items: [[TABLET_25, 'supplement', 'crystalline']] },
        { dayIndex: 4, slot: 'breakfast', items: [[SOYMILK, 'food', 'crystalline']] },
      ],
    ],
    [
      "a recipe's items carry their ingredients' food ids",
      [entry(3, 'breakfast', { kind: 'recipe', recipeId: scramble.id, servings: 1 })],
      [
        {
          dayIndex: 3,
          slot: 'breakfast',
          items: [
            [SOYMILK, 'food', 'crystalline'],
            [EGG, 'food', 'food'],
          ],
        },
      ],
    ],
  ] as const)('%s', (_, entries, expected) => {
    const result = assessWeek(
      makePerson({ diet: 'omnivore' }),
      { entries, dates: DATES },
      lookup,
      TODAY,
    )
    expect(result.basis).toBe('planned')
    expect(shape(result.events)).toEqual(expected)
    for (const event of result.events ?? []) expect(event.daysPerWeek).toBe(1)
  })

  it('recipe items keep the recipe id, their "Recipe: Food" names and the scaled µg', () => {
    const result = assessWeek(
      makePerson(),
      {
        entries: [entry(0, 'breakfast', { kind: 'recipe', recipeId: scramble.id, servings: 1 })],
        dates: DATES,
      },
      lookup,
      TODAY,
    )
    const items = result.events?.[0]?.items ?? []
    expect(items.map((i) => i.recipeId)).toEqual([scramble.id, scramble.id])
    expect(items.map((i) => i.name)).toEqual([
      `${scramble.name}: ${foods.get(SOYMILK)!.name}`,
      `${scramble.name}: ${foods.get(EGG)!.name}`,
    ])
    // one of two servings: 243 g soy milk (0.85 µg/100 g) and 50 g egg (0.89 µg/100 g)
    expect(items[0]!.ug).toBeCloseTo(2.0655, 6)
    expect(items[1]!.ug).toBeCloseTo(0.445, 6)
  })

  it("a profile's regular supplement is added on its days and meal with kind 'supplement'", () => {
    const person = makePerson({
      supplements: [{ id: 's', foodId: TABLET_25, units: 1, slot: 'lunch', days: [1, 5] }],
    })
    const result = assessWeek(
      person,
      { entries: [entry(1, 'lunch', soy(240))], dates: DATES },
      lookup,
      TODAY,
    )
    expect(shape(result.events)).toEqual([
      {
        dayIndex: 1,
        slot: 'lunch',
        items: [
          [SOYMILK, 'food', 'crystalline'],
          [TABLET_25, 'supplement', 'crystalline'],
        ],
      },
      { dayIndex: 5, slot: 'lunch', items: [[TABLET_25, 'supplement', 'crystalline']] },
    ])
  })

  it('the assessment is assessB12 of the same events, with folic acid from planned foods', () => {
    const person = makePerson({ diet: 'omnivore' })
    const entries = [
      entry(0, 'breakfast', soy(240)),
      entry(2, 'dinner', liver(20)),
      entry(4, 'snack', tablet),
    ]
    const result = assessWeek(person, { entries, dates: DATES }, lookup, TODAY)
    const input = assessmentInputFor(
      person,
      toEatingEvents(result.events ?? []),
      TODAY,
      result.foodFolicAcidUgPerDay,
    )
    expect(result.input).toEqual(input)
    expect(result.assessment).toEqual(assessB12(input))
    expect(result.assessment.intakeUgPerDay).toBeCloseTo((2.04 + 0.2 * 59.3 + 25) / 7, 6)
  })

  it('ignores other people and other weeks, and reports entries whose food or recipe is gone', () => {
    const gone = entry(0, 'lunch', {
      kind: 'food',
      foodId: foodId('custom:deleted'),
      grams: grams(100),
    })
    const noRecipe = entry(1, 'lunch', {
      kind: 'recipe',
      recipeId: recipeId('r-deleted'),
      servings: 1,
    })
    const other = entry(2, 'lunch', soy(240), 'p-other')
    const result = assessWeek(
      makePerson(),
      { entries: [gone, noRecipe, other], dates: DATES },
      lookup,
      TODAY,
    )
    expect(result.basis).toBe('planned')
    expect(result.events).toEqual([])
    expect(result.missing).toEqual([gone, noRecipe])
  })
})

describe('assessWeek: the basis (reference §6a.2)', () => {
  const usualWeek = {
    answers: [
      { source: 'dairy' as const, frequency: 'daily' as const, slots: ['breakfast' as const] },
      { source: 'b12_supplement' as const, frequency: '3_4' as const, slots: ['dinner' as const] },
    ],
    supplementUg: 100,
  }

  it('nothing planned, a usual week described: its events have no weekday (dayIndex null)', () => {
    const person = makePerson({ diet: 'omnivore', usualWeek })
    const result = assessWeek(person, { entries: [], dates: DATES }, lookup, TODAY)
    expect(result.basis).toBe('usual')
    expect(
      result.events?.map((e) => [
        e.dayIndex,
        e.slot,
        e.daysPerWeek,
        e.items.map((i) => [i.foodId, i.kind]),
      ]),
    ).toEqual([
      [null, 'breakfast', 7, [[foodId('sr28:01079'), 'food']]],
      [null, 'dinner', 3, [[null, 'supplement']]],
    ])
    expect(result.foodFolicAcidUgPerDay).toBe(0)
    expect(result.assessment).toEqual(
      assessB12(assessmentInputFor(person, toEatingEvents(result.events ?? []), TODAY)),
    )
    expect(result.assessment.intakeUgPerDay).toBeCloseTo(1.2932 + (3 * 100) / 7, 6)
  })

  it('nothing planned and no usual week: unknown, events null and intake null — never zero', () => {
    const result = assessWeek(
      makePerson({
        supplements: [{ id: 's', foodId: TABLET_25, units: 1, slot: 'lunch', days: [0] }],
      }),
      { entries: [], dates: DATES },
      lookup,
      TODAY,
    )
    expect(result.basis).toBe('unknown')
    expect(result.events).toBeNull()
    expect(result.input.intakePattern).toBeNull()
    expect(result.assessment.intakeUgPerDay).toBeNull()
  })

  it('§6a.3 a baby under 1 never gets the usual-week basis', () => {
    const result = assessWeek(
      makePerson({ ageYears: 0.5, usualWeek }),
      { entries: [], dates: DATES },
      lookup,
      TODAY,
    )
    expect(result.basis).toBe('unknown')
  })
})

describe('toEatingEvents', () => {
  it('labels a day event "meal (Weekday)" and a usual-week event by its meal, with only name, µg and form per item', () => {
    const item = {
      name: 'Soymilk',
      ug: 2,
      form: 'crystalline' as const,
      foodId: SOYMILK,
      kind: 'food' as const,
      recipeId: scramble.id,
    }
    expect(
      toEatingEvents([
        { dayIndex: 0, slot: 'breakfast', daysPerWeek: 1, items: [item] },
        { dayIndex: 6, slot: 'snack', daysPerWeek: 1, items: [item] },
        { dayIndex: null, slot: 'dinner', daysPerWeek: 3, items: [item] },
      ]),
    ).toEqual([
      {
        slot: 'breakfast (Monday)',
        daysPerWeek: 1,
        items: [{ name: 'Soymilk', ug: 2, form: 'crystalline' }],
      },
      {
        slot: 'snack (Sunday)',
        daysPerWeek: 1,
        items: [{ name: 'Soymilk', ug: 2, form: 'crystalline' }],
      },
      { slot: 'dinner', daysPerWeek: 3, items: [{ name: 'Soymilk', ug: 2, form: 'crystalline' }] },
    ])
  })
})
