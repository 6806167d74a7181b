/**
 * Small builders for B12 test inputs. The baseline is a 30-year-old omnivore with an adequate
 * intake (3 × 1 µg fortified food a day = 141 % effective coverage) and no risk factor, so each
 * test changes only what it is about.
 */
import { expect } from 'vitest'
import type {
  B12AssessmentInput,
  EatingEvent,
  IntakeForm,
  IntakeItem,
  MedicationUse,
} from '../../../../src/core/b12'

export const item = (ug: number, form: IntakeForm = 'crystalline', name = 'item'): IntakeItem => ({
  name,
  ug,
  form,
})

/** One eating event of the given items, on `daysPerWeek` days. */
export const eventOf = (daysPerWeek: number, ...items: IntakeItem[]): EatingEvent => ({
  slot: 'meal',
  daysPerWeek,
  items,
})

/** `count` daily events of `ug` µg each. */
export const mealsPerDay = (count: number, ug: number, form: IntakeForm = 'crystalline') =>
  Array.from({ length: count }, () => eventOf(7, item(ug, form)))

export const ADEQUATE: EatingEvent[] = mealsPerDay(3, 1)

export function person(overrides: Partial<B12AssessmentInput> = {}): B12AssessmentInput {
  return {
    ageYears: 30,
    sex: 'F',
    pregnant: false,
    lactating: false,
    diet: 'omnivore',
    medications: [],
    conditions: [],
    symptoms: [],
    folicAcidUgPerDay: 0,
    intakePattern: ADEQUATE,
    ...overrides,
  }
}

export const med = (cls: string, years?: number): MedicationUse =>
  years === undefined ? { class: cls } : { class: cls, years }

export const sorted = <T extends string>(codes: readonly T[]) => [...codes].sort()

/** Asserts |actual − expected| <= tolerance (and that actual is not null). */
export function expectNear(actual: number | null, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull()
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance)
}
