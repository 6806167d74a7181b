/**
 * The person as the planner sees them, and their daily targets (the generator's hard rules).
 */
import { needsCrystallineB12, requirementFor, type MedicationUse } from '../b12'
import type { Diet } from '../foods/types'
import type { MealSlot, ProfileId } from './types'

/** A B12 supplement the person already takes every day with a meal (crystalline). */
export interface FixedSupplement {
  slot: MealSlot
  /** µg of crystalline B12 per day. */
  ug: number
}

export interface PlannerPerson {
  id: ProfileId
  /** Completed years (fractions allowed). */
  ageYears: number
  weightKg: number
  /** Daily energy target, kcal (e.g. from the profile's estimated energy requirement). */
  energyKcalPerDay: number
  diet: Diet
  pregnant?: boolean
  lactating?: boolean
  /**
   * Regular medicines, as the B12 core reads them (class and years of use; an acid reducer
   * without years counts as long-term, §6a.4). None when omitted.
   */
  medications?: readonly MedicationUse[]
  /** Condition codes of the B12 core's vocabulary (e.g. 'coeliac_disease'). None when omitted. */
  conditions?: readonly string[]
  /** Hard: food ids ('sr28:16139') or keywords/allergen names ('soy', 'peanut'). */
  allergies?: string[]
  /** Soft: recipe ids, food ids or keywords to avoid. */
  dislikes?: string[]
  /** Soft: recipe ids, food ids or keywords to favour. */
  likes?: string[]
  supplements?: FixedSupplement[]
}

export interface DailyTargets {
  energyKcal: number
  /** ±10 % band around energyKcal. */
  energyMinKcal: number
  energyMaxKcal: number
  /** 0.8 g/kg, 1.0 g/kg from 65 y. */
  proteinMinG: number
  /** 0.5 × RDA, µg absorbed per day (B12 core requirement lookup). */
  b12AbsorbedUg: number
  /** Half of b12AbsorbedUg when most B12 should be crystalline, else 0. µg absorbed per day. */
  crystallineAbsorbedUg: number
}

export const ENERGY_BAND = 0.1

/**
 * Youngest age, in years, the planner plans meals for. Babies under 1 live on breast milk or
 * infant formula, which are outside what the planner can plan (reference §6a.3).
 */
export const MIN_PLANNED_AGE_YEARS = 1

/** Whether the planner plans meals for this person (age ≥ 1 year; fractions count). */
export function plansMealsFor(person: { ageYears: number }): boolean {
  return person.ageYears >= MIN_PLANNED_AGE_YEARS
}

/**
 * Whether most B12 should come from crystalline sources (fortified foods, supplements). The
 * B12 core decides, with the same function Advice uses, so the two cannot disagree: age ≥ 51,
 * metformin, an acid reducer (≥ 1 y or duration unknown), colchicine, atrophic gastritis,
 * coeliac or Crohn's disease (reference §5).
 */
export function needsCrystalline(person: PlannerPerson): boolean {
  return needsCrystallineB12({
    ageYears: person.ageYears,
    medications: person.medications ?? [],
    conditions: person.conditions ?? [],
  }).needed
}

/** Protein floor, g/kg body weight per day: 1.0 from 65 y, else 0.8. */
export function proteinGPerKg(ageYears: number): number {
  return ageYears >= 65 ? 1.0 : 0.8
}

/** The person's daily targets: kcal band, g protein, µg absorbed B12 (all per day). */
export function dailyTargets(person: PlannerPerson): DailyTargets {
  const req = requirementFor({
    ageYears: person.ageYears,
    pregnant: person.pregnant ?? false,
    lactating: person.lactating ?? false,
  })
  const b12 = req.targetAbsorbedUgPerDay
  return {
    energyKcal: person.energyKcalPerDay,
    energyMinKcal: person.energyKcalPerDay * (1 - ENERGY_BAND),
    energyMaxKcal: person.energyKcalPerDay * (1 + ENERGY_BAND),
    proteinMinG: proteinGPerKg(person.ageYears) * person.weightKg,
    b12AbsorbedUg: b12,
    crystallineAbsorbedUg: needsCrystalline(person) ? 0.5 * b12 : 0,
  }
}

/** µg of crystalline B12 the person's own supplements add to `slot` each day. */
export function supplementUg(person: PlannerPerson, slot: MealSlot): number {
  let ug = 0
  for (const s of person.supplements ?? []) if (s.slot === slot) ug += s.ug
  return ug
}
