/**
 * Why a generated day misses a hard target, in numbers. The generator never fails silently: it
 * returns its best day and one of these per miss. These are data only: shortfalls.ts groups them
 * into one entry per cause and shortfall-text.ts words it. No dose is proposed: doses come only
 * from the person's own assessment suggestion (reference §6a.6), so the page points to that
 * person's advice instead.
 */
import { weekdayName } from '../dates'
import type { Diet } from '../foods/types'
import { absorbedPerDay, type DayIntake } from './day-intake'
import type { DailyTargets } from './person'
import type { MealSlot, ProfileId } from './types'

export type InfeasibilityCode =
  | 'B12_ABSORBED_SHORT'
  | 'B12_CRYSTALLINE_SHORT'
  | 'ENERGY_LOW'
  | 'ENERGY_HIGH'
  | 'PROTEIN_LOW'
  | 'NO_RECIPES'

export interface Infeasibility {
  code: InfeasibilityCode
  profileId: ProfileId
  /** YYYY-MM-DD */
  date: string
  slot?: MealSlot
  /** What the best plan reaches and what the rule asks (for a band, its violated edge). */
  achieved: number
  target: number
  unit: 'µg' | 'kcal' | 'g' | 'meals'
  /** The person's diet: which recipes the generator could choose from. */
  diet: Diet
}

/** English weekday of a YYYY-MM-DD date (kept as this module's export; the names live in core/dates). */
export { weekdayName }

/** Compares a day's exact intake with the targets; one Infeasibility per missed rule. */
export function reviewDay(
  profileId: ProfileId,
  date: string,
  diet: Diet,
  intake: DayIntake,
  t: DailyTargets,
): Infeasibility[] {
  const out: Infeasibility[] = []
  const base = { profileId, date, diet }
  const eps = 1e-6
  const absorbed = absorbedPerDay(intake.b12Ug)
  const cryst = absorbedPerDay(intake.crystallineUg)
  if (absorbed < t.b12AbsorbedUg - eps) {
    out.push({
      ...base,
      code: 'B12_ABSORBED_SHORT',
      achieved: absorbed,
      target: t.b12AbsorbedUg,
      unit: 'µg',
    })
  }
  if (cryst < t.crystallineAbsorbedUg - eps) {
    out.push({
      ...base,
      code: 'B12_CRYSTALLINE_SHORT',
      achieved: cryst,
      target: t.crystallineAbsorbedUg,
      unit: 'µg',
    })
  }
  if (intake.energyKcal < t.energyMinKcal - eps) {
    out.push({
      ...base,
      code: 'ENERGY_LOW',
      achieved: intake.energyKcal,
      target: t.energyMinKcal,
      unit: 'kcal',
    })
  }
  if (intake.energyKcal > t.energyMaxKcal + eps) {
    out.push({
      ...base,
      code: 'ENERGY_HIGH',
      achieved: intake.energyKcal,
      target: t.energyMaxKcal,
      unit: 'kcal',
    })
  }
  if (intake.proteinG < t.proteinMinG - eps) {
    out.push({
      ...base,
      code: 'PROTEIN_LOW',
      achieved: intake.proteinG,
      target: t.proteinMinG,
      unit: 'g',
    })
  }
  return out
}

/** A meal with no recipe to choose from (diet, allergies and the weekly limit leave none). */
export function noRecipes(
  profileId: ProfileId,
  date: string,
  slot: MealSlot,
  diet: Diet,
): Infeasibility {
  return {
    code: 'NO_RECIPES',
    profileId,
    date,
    slot,
    achieved: 0,
    target: 1,
    unit: 'meals',
    diet,
  }
}
