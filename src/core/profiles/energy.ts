/**
 * Estimated Energy Requirement (EER), kcal/day, from the Institute of Medicine's Dietary
 * Reference Intakes for Energy (2005/2002, Table 5-22 equations). Used to suggest a calorie
 * target the person can edit. Children under 3 use the 13–35 month equation.
 */
import { kcal, type Kcal } from '../units'

export type ActivityLevel = 'sedentary' | 'low_active' | 'active' | 'very_active'
export const ACTIVITY_LEVELS: readonly ActivityLevel[] = [
  'sedentary',
  'low_active',
  'active',
  'very_active',
]

export const ACTIVITY_LABELS: Readonly<Record<ActivityLevel, string>> = {
  sedentary: 'Mostly sitting (little walking)',
  low_active: 'Lightly active (some walking most days)',
  active: 'Active (about an hour of walking or exercise a day)',
  very_active: 'Very active (hard exercise or physical work)',
}

/** Physical-activity coefficients (PA) by sex and age band, IOM 2005. */
const PA = {
  childM: { sedentary: 1.0, low_active: 1.13, active: 1.26, very_active: 1.42 },
  childF: { sedentary: 1.0, low_active: 1.16, active: 1.31, very_active: 1.56 },
  adultM: { sedentary: 1.0, low_active: 1.11, active: 1.25, very_active: 1.48 },
  adultF: { sedentary: 1.0, low_active: 1.12, active: 1.27, very_active: 1.45 },
} as const

export interface EnergyInput {
  ageYears: number
  /** 'X' uses the mean of the female and male equations. */
  sex: 'F' | 'M' | 'X'
  weightKg: number
  heightCm: number
  activity: ActivityLevel
  /** 1, 2 or 3; adds the IOM pregnancy increment (0, 340, 452 kcal). */
  pregnancyTrimester?: 1 | 2 | 3
  /** Adds 330 kcal (first 6 months of exclusive breastfeeding, IOM). */
  lactating?: boolean
}

function eerForSex(input: EnergyInput, sex: 'F' | 'M'): number {
  const { ageYears: age, weightKg: wt, activity } = input
  const ht = input.heightCm / 100
  if (age < 3) return 89 * wt - 100 + 20
  if (age < 19) {
    const growth = age < 9 ? 20 : 25
    return sex === 'M'
      ? 88.5 - 61.9 * age + PA.childM[activity] * (26.7 * wt + 903 * ht) + growth
      : 135.3 - 30.8 * age + PA.childF[activity] * (10.0 * wt + 934 * ht) + growth
  }
  return sex === 'M'
    ? 662 - 9.53 * age + PA.adultM[activity] * (15.91 * wt + 539.6 * ht)
    : 354 - 6.91 * age + PA.adultF[activity] * (9.36 * wt + 726 * ht)
}

const PREGNANCY_EXTRA = { 1: 0, 2: 340, 3: 452 } as const

/**
 * Estimated energy requirement in kcal/day (not rounded). Expects age 1–120 years, weight in kg
 * and height in cm (positive, finite); throws a RangeError naming the field otherwise.
 */
export function estimatedEnergyRequirement(input: EnergyInput): Kcal {
  const checks: [string, number, number, number][] = [
    ['ageYears', input.ageYears, 1, 120],
    ['weightKg', input.weightKg, 2, 400],
    ['heightCm', input.heightCm, 40, 250],
  ]
  for (const [field, value, min, max] of checks) {
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new RangeError(`${field} must be between ${min} and ${max}`)
    }
  }
  const base =
    input.sex === 'X'
      ? (eerForSex(input, 'F') + eerForSex(input, 'M')) / 2
      : eerForSex(input, input.sex)
  const pregnancy = input.pregnancyTrimester ? PREGNANCY_EXTRA[input.pregnancyTrimester] : 0
  const lactation = input.lactating ? 330 : 0
  return kcal(base + pregnancy + lactation)
}

/** Protein floor used by the planner: 0.8 g/kg/day, 1.0 g/kg/day from age 65. */
export function proteinFloorGPerKg(ageYears: number): number {
  return ageYears >= 65 ? 1.0 : 0.8
}
