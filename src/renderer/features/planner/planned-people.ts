/**
 * Who the planner plans meals for. Babies under 1 are shown on the Plan page but not planned
 * for (reference §6a.3): the same core rule the generator applies, on the same age.
 */
import { plansMealsFor } from '../../../core/planning/person'
import type { Person } from '../../../core/profiles/person'
import { personAge } from '../../../core/profiles/to-assessment'

export interface PlannedPeople {
  /** People the planner plans meals for, in the given order. */
  planned: Person[]
  /** Babies under 1: no meals, no suggestions, an explanation instead. */
  unplanned: Person[]
}

/** Splits people by whether the planner plans meals for them on `today` (YYYY-MM-DD). */
export function splitPlannedPeople(people: readonly Person[], today: string): PlannedPeople {
  const out: PlannedPeople = { planned: [], unplanned: [] }
  for (const person of people)
    (plansMealsFor({ ageYears: personAge(person, today) }) ? out.planned : out.unplanned).push(
      person,
    )
  return out
}

/** Why a baby's meals are not planned, in the words the Plan page shows (reference §6a.3). */
export const INFANT_NOT_PLANNED_TEXT =
  'B12 Planner does not plan meals for babies under 1: breast milk and infant formula are outside what it can plan. ' +
  "Talk to your health visitor or the baby's clinician about how the baby gets B12."
