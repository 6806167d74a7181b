/**
 * A person in the household, as stored and edited. Everything the B12 assessment and the
 * planner need is derived from it (see to-assessment.ts, to-planner.ts).
 */
import type { Diet, FoodId } from '../foods/types'
import type { MealSlot, ProfileId } from '../planning/types'
import type { ActivityLevel } from './energy'
import type { MedicationDuration } from './medication-duration'
import type { UsualWeek } from './usual-week'

export type Sex = 'F' | 'M' | 'X'

/** Monday = 0 … Sunday = 6. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6
export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6]

export interface PersonMedication {
  /** What the person typed, e.g. "Glucophage XR 500 mg". */
  text: string
  /** The B12 core's medication class ('metformin', 'ppi', …) or 'other' (not in the app's list). */
  class: string
  generic: string | null
  brand: string | null
  /**
   * How long an acid reducer (ppi, h2ra) has been taken, as the person chose it; null for every
   * other class, which counts as current regular use whatever its length (reference §4).
   */
  duration: MedicationDuration | null
}

/** A supplement the person takes regularly, by catalogue (or own) supplement id. */
export interface RegularSupplement {
  id: string
  foodId: FoodId
  /** Units (tablets, sprays) each time. */
  units: number
  /** The meal it is taken with (each meal is one absorption event). */
  slot: MealSlot
  /** Days it is taken. */
  days: Weekday[]
}

export interface Person {
  id: ProfileId
  name: string
  /** YYYY-MM-DD, or null when only an age is given. */
  birthDate: string | null
  /** Age in years when no birth date is given. */
  ageYears: number | null
  sex: Sex
  pregnant: boolean
  pregnancyTrimester: 1 | 2 | 3 | null
  lactating: boolean
  /** Only for babies under 1 year: breastfed by a vegan mother who takes no B12. */
  breastfedByUnsupplementedVeganMother: boolean
  diet: Diet
  weightKg: number | null
  heightCm: number | null
  activity: ActivityLevel
  /** The person's own calorie target; null means "use the suggested one". */
  calorieTargetKcal: number | null
  medications: PersonMedication[]
  /** Condition codes of the B12 core's vocabulary. */
  conditions: string[]
  /** Symptom codes of the B12 core's vocabulary. */
  symptoms: string[]
  /** Folic acid from supplements, µg per day. */
  folicAcidUgPerDay: number
  dislikes: string[]
  allergies: string[]
  supplements: RegularSupplement[]
  /**
   * What the person usually eats (usual-week.ts); null when not described. Used when no meals are
   * planned for the week, so unknown intake is not taken as zero (reference §6a.2).
   */
  usualWeek: UsualWeek | null
  createdAt: string
  updatedAt: string
}

export const PERSON_LIMITS = {
  nameMax: 60,
  ageMax: 120,
  weightKg: [2, 400],
  heightCm: [40, 250],
  calorieKcal: [500, 6000],
  folicAcidUgMax: 50_000,
  /** Older rows stored years of use; values outside 0–100 are read as damaged ("not sure"). */
  medicationYearsMax: 100,
  supplementUnits: [0.5, 20],
  listItemMax: 60,
  listMax: 50,
} as const

/** The slot's label for people: "breakfast" → "Breakfast". */
export function slotLabel(slot: MealSlot): string {
  return slot.charAt(0).toUpperCase() + slot.slice(1)
}
