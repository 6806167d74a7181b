/**
 * The bridges from a stored person to the B12 core's input and to the planner's person, so the
 * advice page, the charts, the grid and the generator all see the same numbers.
 */
import type { B12AssessmentInput, EatingEvent, MedicationUse } from '../b12'
import type { PlannerPerson } from '../planning/person'
import type { FoodRecord } from '../foods/types'
import { ageOn } from './age'
import { estimatedEnergyRequirement } from './energy'
import { yearsOfUse } from './medication-duration'
import type { Person, PersonMedication } from './person'
import { typicalHeightCm, typicalWeightKg } from './reference-body'

/** Age in years on `today` (YYYY-MM-DD): from the date of birth, else the age given; 30 if neither. */
export function personAge(person: Person, today: string): number {
  if (person.birthDate) return ageOn(person.birthDate, today) ?? person.ageYears ?? 30
  return person.ageYears ?? 30
}

/**
 * A stored medicine as the B12 core's MedicationUse. An acid reducer's "For how long?" answer
 * becomes years inside its band; "not sure" gives no years, which counts as long-term (§6a.4).
 */
export function medicationUseFor(m: PersonMedication): MedicationUse {
  const years = m.duration === null ? undefined : yearsOfUse(m.duration)
  return {
    class: m.class,
    ...(m.generic ? { generic: m.generic } : {}),
    ...(m.brand ? { brand: m.brand } : {}),
    ...(years !== undefined ? { years } : {}),
  }
}

/** The assessment input for a person and a week's intake pattern; null = intake not known (§6a.2). */
export function assessmentInputFor(
  person: Person,
  pattern: EatingEvent[] | null,
  today: string,
  foodFolicAcidUgPerDay = 0,
): B12AssessmentInput {
  return {
    ageYears: personAge(person, today),
    sex: person.sex,
    pregnant: person.pregnant,
    lactating: person.lactating,
    diet: person.diet,
    medications: person.medications.map(medicationUseFor),
    conditions: [...person.conditions],
    symptoms: [...person.symptoms],
    folicAcidUgPerDay: person.folicAcidUgPerDay + foodFolicAcidUgPerDay,
    breastfedByUnsupplementedVeganMother: person.breastfedByUnsupplementedVeganMother,
    intakePattern: pattern,
  }
}

export interface BodyFigures {
  weightKg: number
  heightCm: number
  /** True when a typical value stands in for one the person left empty. */
  typicalWeight: boolean
  typicalHeight: boolean
}

export function bodyFigures(person: Person, today: string): BodyFigures {
  const age = personAge(person, today)
  return {
    weightKg: person.weightKg ?? typicalWeightKg(age, person.sex),
    heightCm: person.heightCm ?? typicalHeightCm(age, person.sex),
    typicalWeight: person.weightKg === null,
    typicalHeight: person.heightCm === null,
  }
}

/** The suggested daily calorie target (IOM EER), kcal; under 1 year there is none (null). */
export function suggestedCalories(person: Person, today: string): number | null {
  const age = personAge(person, today)
  if (age < 1) return null
  const body = bodyFigures(person, today)
  return estimatedEnergyRequirement({
    ageYears: age,
    sex: person.sex,
    weightKg: body.weightKg,
    heightCm: body.heightCm,
    activity: person.activity,
    ...(person.pregnant && person.pregnancyTrimester
      ? { pregnancyTrimester: person.pregnancyTrimester }
      : {}),
    lactating: person.lactating,
  })
}

/**
 * The planner's view of a person: targets, daily supplements, and the medicines and conditions
 * that decide whether most B12 should be crystalline, mapped exactly as for Advice
 * (medicationUseFor), so both ask needsCrystallineB12 the same question.
 */
export function plannerPersonFor(
  person: Person,
  today: string,
  food: (id: string) => FoodRecord | undefined,
): PlannerPerson {
  const age = personAge(person, today)
  const daily = person.supplements.filter((s) => s.days.length === 7)
  return {
    id: person.id,
    ageYears: age,
    weightKg: bodyFigures(person, today).weightKg,
    energyKcalPerDay: person.calorieTargetKcal ?? suggestedCalories(person, today) ?? 800,
    diet: person.diet,
    pregnant: person.pregnant,
    lactating: person.lactating,
    medications: person.medications.map(medicationUseFor),
    conditions: [...person.conditions],
    allergies: [...person.allergies],
    dislikes: [...person.dislikes],
    supplements: daily.flatMap((s) => {
      const supplement = food(s.foodId)
      const ug = supplement?.supplement ? supplement.supplement.ugPerUnit * s.units : 0
      return ug > 0 ? [{ slot: s.slot, ug }] : []
    }),
  }
}
