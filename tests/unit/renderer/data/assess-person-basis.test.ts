import { describe, expect, it } from 'vitest'
import { foodId } from '../../../../src/core/foods/types'
import { profileId, type PlanEntry } from '../../../../src/core/planning/types'
import type { UsualWeek } from '../../../../src/core/profiles/usual-week'
import { weekOf } from '../../../../src/core/dates'
import { assessPerson } from '../../../../src/renderer/data'
import { shippedCatalogue } from '../../../fixtures/catalogue'
import { makePerson } from '../../../fixtures/person'

const foods = new Map(shippedCatalogue().foods.map((food) => [food.id as string, food]))
const today = '2026-12-02'
const dates = weekOf('2026-11-30')
const milkDaily: UsualWeek = {
  answers: [{ source: 'dairy', frequency: 'daily', slots: ['breakfast'] }],
  supplementUg: null,
}
const tablet = {
  id: 's1',
  foodId: foodId('curated:b12-tablet-10-cyanocobalamin'),
  units: 1,
  slot: 'breakfast' as const,
  days: [0, 1, 2, 3, 4, 5, 6] as never,
}

function soyEntry(profile: string, date: string): PlanEntry {
  return {
    id: `${profile}-${date}`,
    profileId: profileId(profile),
    date,
    slot: 'lunch',
    item: { kind: 'food', foodId: foodId('sr28:16139'), grams: 243 },
    locked: false,
  } as PlanEntry
}

describe('assessPerson chooses the basis (reference §6a.2)', () => {
  it('nothing planned and no usual week: unknown, intake null — not zero', () => {
    const result = assessPerson(
      makePerson({ diet: 'omnivore', ageYears: 75 }),
      [],
      dates,
      foods,
      today,
    )
    expect(result.basis).toBe('unknown')
    expect(result.events).toBeNull()
    expect(result.input.intakePattern).toBeNull()
    expect(result.assessment.intakeUgPerDay).toBeNull()
  })

  it('a regular supplement alone does not make intake known (it says nothing about meals)', () => {
    const result = assessPerson(makePerson({ supplements: [tablet] }), [], dates, foods, today)
    expect(result.basis).toBe('unknown')
    expect(result.input.intakePattern).toBeNull()
  })

  it('a usual week is used when nothing is planned, with the regular supplement added once', () => {
    const result = assessPerson(
      makePerson({ diet: 'omnivore', usualWeek: milkDaily, supplements: [tablet] }),
      [],
      dates,
      foods,
      today,
    )
    expect(result.basis).toBe('usual')
    // milk 244 g × 0.53 µg/100 g + the 10 µg tablet, both at breakfast every day
    expect(result.assessment.intakeUgPerDay).toBeCloseTo(1.2932 + 10, 6)
    expect(result.events).toEqual([
      {
        dayIndex: null,
        slot: 'breakfast',
        daysPerWeek: 7,
        items: [
          expect.objectContaining({ ug: expect.closeTo(1.2932, 6), kind: 'food' }),
          expect.objectContaining({ ug: 10, kind: 'supplement' }),
        ],
      },
    ])
  })

  it('any meal planned this week wins over the usual week', () => {
    const person = makePerson({ diet: 'omnivore', usualWeek: milkDaily })
    const result = assessPerson(person, [soyEntry(person.id, dates[2]!)], dates, foods, today)
    expect(result.basis).toBe('planned')
    expect(result.assessment.intakeUgPerDay).toBeCloseTo((0.85 * 2.43) / 7, 6)
  })

  it('meals planned for someone else, or in another week, do not count as planned', () => {
    const person = makePerson({ diet: 'omnivore', usualWeek: milkDaily })
    const result = assessPerson(
      person,
      [soyEntry('p-other', dates[2]!), soyEntry(person.id, '2026-11-20')],
      dates,
      foods,
      today,
    )
    expect(result.basis).toBe('usual')
  })

  it('§6a.3 a baby under 1 never gets a usual week basis, even if one is stored', () => {
    const result = assessPerson(
      makePerson({ ageYears: 0.5, usualWeek: milkDaily }),
      [],
      dates,
      foods,
      today,
    )
    expect(result.basis).toBe('unknown')
    expect(result.input.intakePattern).toBeNull()
  })
})
