import { assessB12, type B12Assessment } from '../../../../src/core/b12'
import type { FoodRecord } from '../../../../src/core/foods/types'
import { foodId } from '../../../../src/core/foods/types'
import { planEntryId, type MealSlot, type PlanEntry } from '../../../../src/core/planning/types'
import { toEatingEvents } from '../../../../src/core/profiles/assess-week'
import { weekIntakePattern, type WeekIntake } from '../../../../src/core/profiles/intake-pattern'
import type { Person } from '../../../../src/core/profiles/person'
import { assessmentInputFor } from '../../../../src/core/profiles/to-assessment'
import { weekOf } from '../../../../src/core/dates'
import { grams } from '../../../../src/core/units'
import { shippedCatalogue } from '../../../fixtures/catalogue'
import { makePerson } from '../../../fixtures/person'

export const MONDAY = '2026-11-16'
export const DATES = weekOf(MONDAY)
export const SOYMILK = 'sr28:16139'
export const LIVER = 'sr28:13325'
export const TABLET_25 = 'curated:b12-tablet-25-cyanocobalamin'

const foods = new Map<string, FoodRecord>(shippedCatalogue().foods.map((food) => [food.id, food]))
let counter = 0

/** A food entry for person p-1 on day `day` (Monday = 0). */
export function food(day: number, slot: MealSlot, id: string, g: number): PlanEntry {
  const date = DATES[day]!
  return { id: planEntryId(`e${++counter}`), profileId: makePerson().id, date, slot, item: { kind: 'food', foodId: foodId(id), grams: grams(g) }, locked: false }
}

export function tablet(day: number, slot: MealSlot, id = TABLET_25): PlanEntry {
  return { id: planEntryId(`e${++counter}`), profileId: makePerson().id, date: DATES[day]!, slot, item: { kind: 'supplement', foodId: foodId(id), units: 1 }, locked: false }
}

export interface AssessedWeek {
  person: Person
  week: WeekIntake
  assessment: B12Assessment
}

/**
 * Assesses a planned week as the app does (weekIntakePattern → toEatingEvents → assessmentInputFor
 * → assessB12), always on the planned basis, so an empty week is a known week of nothing.
 */
export function assessWeek(entries: PlanEntry[], overrides: Partial<Person> = {}): AssessedWeek {
  const person = makePerson(overrides)
  const week = weekIntakePattern(person, entries, DATES, { food: (id) => foods.get(id), recipe: () => undefined })
  const assessment = assessB12(assessmentInputFor(person, toEatingEvents(week.events), '2026-11-21', week.foodFolicAcidUgPerDay))
  return { person, week, assessment }
}

/** Soy milk twice a day (breakfast, lunch) except Tuesday and Saturday, which only get it at dinner. */
export function shortTuesdayAndSaturday(): PlanEntry[] {
  const entries: PlanEntry[] = []
  for (let day = 0; day < 7; day++) {
    if (day === 1 || day === 5) entries.push(food(day, 'dinner', SOYMILK, 240))
    else entries.push(food(day, 'breakfast', SOYMILK, 240), food(day, 'lunch', SOYMILK, 240))
  }
  return entries
}
