import { describe, expect, it } from 'vitest'
import { foodId, type FoodRecord } from '../../../../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
} from '../../../../../src/core/planning/types'
import { grams } from '../../../../../src/core/units'
import { customFoodFromLabel } from '../../../../../src/core/foods'
import {
  amountLimits,
  amountText,
  entryView,
  parseAmount,
  withAmount,
} from '../../../../../src/renderer/features/planner/entry-text'
import {
  copyDay,
  copyEntry,
  entriesOfDay,
  moveEntry,
} from '../../../../../src/renderer/features/planner/plan-actions'
import { splitPlannedPeople } from '../../../../../src/renderer/features/planner/planned-people'
import { dayTitle, weekTitle } from '../../../../../src/renderer/features/planner/week-text'
import { makePerson } from '../../../../fixtures/person'
import { shippedCatalogue } from '../../../../fixtures/catalogue'

const foods = new Map<string, FoodRecord>(shippedCatalogue().foods.map((f) => [f.id, f]))
const recipes = new Map([
  [
    'r1',
    {
      id: recipeId('r1'),
      name: 'Soy milk porridge',
      slots: ['breakfast' as const],
      servings: 2,
      ingredients: [{ foodId: foodId('sr28:16139'), grams: grams(486) }],
      steps: ['Cook.'],
      prepMinutes: 5,
      tags: [],
      source: 'builtin' as const,
    },
  ],
])
const library = { foods, recipes }

function entry(overrides: Partial<PlanEntry> = {}): PlanEntry {
  return {
    id: planEntryId('e1'),
    profileId: profileId('p1'),
    date: '2026-11-16',
    slot: 'breakfast',
    item: { kind: 'recipe', recipeId: recipeId('r1'), servings: 1 },
    locked: true,
    ...overrides,
  }
}

describe('entryView', () => {
  it('computes a recipe serving’s B12 from its ingredients (486 g soymilk ÷ 2 × 0.85 µg/100 g)', () => {
    const view = entryView(entry(), library)
    expect(view.name).toBe('Soy milk porridge')
    expect(view.amount).toBe('1 serving')
    expect(view.b12Ug).toBeCloseTo((243 * 0.85) / 100, 6)
  })

  it('names a side the planner adds as it is eaten, other foods by their catalogue name', () => {
    const side = (id: string): PlanEntry => ({
      ...entry(),
      item: { kind: 'food', foodId: foodId(id), grams: grams(100) },
    })
    expect(entryView(side('sr28:05064'), library).name).toBe('Roast chicken breast')
    expect(entryView(side('sr28:01129'), library).name).toBe('Hard-boiled egg')
    expect(entryView(side('sr28:16139'), library).name).toBe(foods.get('sr28:16139')!.name)
  })

  it('shows foods by grams and supplements by units', () => {
    expect(
      amountText({ kind: 'food', foodId: foodId('sr28:16139'), grams: grams(243) }, library),
    ).toBe('243 g')
    const tablet = [...foods.values()].find((f) => f.supplement?.unit === 'tablet')!
    expect(amountText({ kind: 'supplement', foodId: tablet.id, units: 2 }, library)).toBe(
      '2 tablets',
    )
  })

  it('marks an entry whose food or recipe is gone instead of failing', () => {
    const view = entryView(
      entry({ item: { kind: 'recipe', recipeId: recipeId('gone'), servings: 1 } }),
      library,
    )
    expect(view).toMatchObject({ missing: true, b12Ug: null })
  })
})

describe('parseAmount', () => {
  it.each([
    ['recipe', '1.5', { ok: true, value: 1.5 }],
    ['recipe', '2,5', { ok: true, value: 2.5 }],
    ['recipe', '0', { ok: false, message: 'Servings must be between 0.25 and 10.' }],
    [
      'recipe',
      'lots',
      {
        ok: false,
        message: 'Servings must be a number, written in digits (a decimal comma is fine).',
      },
    ],
    ['food', '1 000', { ok: true, value: 1000 }],
    [
      'food',
      '1,500',
      {
        ok: false,
        message:
          'Grams: “1,500” could mean 1500 or 1.5. Please type the one you mean (1500 or 1.5).',
      },
    ],
    ['food', '5000', { ok: false, message: 'Grams must be between 1 and 3000 g.' }],
    ['supplement', '', { ok: false, message: 'How many: please enter a number.' }],
    ['supplement', '-1', { ok: false, message: 'How many must be between 0.5 and 20.' }],
  ] as const)('%s "%s"', (kind, text, expected) =>
    expect(parseAmount(kind, text)).toEqual(expected),
  )

  it('plans a drink entered per 100 ml in millilitres', () => {
    const drink = customFoodFromLabel({
      uuid: 'feedbeef-0002',
      name: 'My oat drink',
      kind: 'food',
      servingSize: 200,
      servingUnit: 'ml',
      b12UgPerServing: 0.8,
      diet: 'vegan',
    })
    if (!drink.ok) throw new Error('fixture')
    expect(amountLimits('food', drink.food)).toMatchObject({ label: 'Millilitres', unit: ' ml' })
    expect(parseAmount('food', '5000', drink.food)).toEqual({
      ok: false,
      message: 'Millilitres must be between 1 and 3000 ml.',
    })
    const library = { foods: new Map([[drink.food.id as string, drink.food]]), recipes: new Map() }
    expect(amountText({ kind: 'food', foodId: drink.food.id, grams: grams(250) }, library)).toBe(
      '250 ml',
    )
    expect(
      amountText(
        { kind: 'food', foodId: foodId('sr28:16139'), grams: grams(250) },
        { foods, recipes: new Map() },
      ),
    ).toBe('250 g')
  })

  it('sets the amount of each kind', () => {
    expect(withAmount({ kind: 'recipe', recipeId: recipeId('r1'), servings: 1 }, 2)).toMatchObject({
      servings: 2,
    })
    expect(withAmount({ kind: 'food', foodId: foodId('x'), grams: grams(1) }, 80)).toMatchObject({
      grams: 80,
    })
  })
})

describe('plan actions', () => {
  let n = 0
  const newId = () => `new-${++n}`
  const week = [
    entry({ id: planEntryId('a') }),
    entry({ id: planEntryId('b'), date: '2026-11-17', slot: 'dinner' }),
    entry({ id: planEntryId('c'), profileId: profileId('p2') }),
  ]

  it('moves keep the id and lock; copies get a new id and are unlocked', () => {
    const target = { date: '2026-11-18', slot: 'lunch' as const, profileId: profileId('p2') }
    expect(moveEntry(week[0]!, target)).toMatchObject({ id: 'a', ...target, locked: true })
    expect(copyEntry(week[0]!, target, newId)).toMatchObject({
      ...target,
      locked: false,
      id: expect.stringMatching(/^new-/),
    })
  })

  it('copies a day only for the chosen people', () => {
    expect(copyDay(week, '2026-11-16', '2026-11-20', ['p1'], newId).map((e) => e.date)).toEqual([
      '2026-11-20',
    ])
    expect(entriesOfDay(week, '2026-11-16', ['p1']).map((e) => e.id)).toEqual(['a'])
  })
})

describe('day names', () => {
  it('names days and weeks plainly', () => {
    expect(dayTitle('2026-11-17')).toBe('Tuesday 17 November')
    expect(weekTitle('2026-11-16')).toBe('Week of Monday 16 November 2026')
  })
})

describe('who the planner plans for (§6a.3)', () => {
  it.each([
    ['born 6 months ago', { birthDate: '2026-05-21', ageYears: null }, 'unplanned'],
    ['born a day short of 1 year ago', { birthDate: '2025-11-22', ageYears: null }, 'unplanned'],
    ['born exactly 1 year ago', { birthDate: '2025-11-21', ageYears: null }, 'planned'],
    ['age 0.5 typed', { birthDate: null, ageYears: 0.5 }, 'unplanned'],
    ['age 6 typed', { birthDate: null, ageYears: 6 }, 'planned'],
  ] as const)('§6a.3 %s → %s', (_label, age, expected) => {
    const person = makePerson({ id: profileId('x'), ...age })
    const split = splitPlannedPeople([person], '2026-11-21')
    expect(split[expected].map((p) => p.id)).toEqual(['x'])
  })
})
