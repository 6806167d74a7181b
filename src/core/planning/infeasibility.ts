/**
 * Why a generated day misses a hard target, in numbers. The generator never fails silently: it
 * returns its best day and one of these per miss. It proposes no dose: doses come only from the
 * person's own assessment suggestion (reference §6a.6), so the page points to that person's
 * advice instead.
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
  message: string
}

const DIET_WORDS: Readonly<Record<Diet, string>> = {
  vegan: 'vegan',
  lacto_ovo_vegetarian: 'vegetarian',
  pescatarian: 'pescatarian',
  omnivore: 'available',
}

/** English weekday of a YYYY-MM-DD date (kept as this module's export; the names live in core/dates). */
export { weekdayName }

const r1 = (n: number): string => n.toFixed(1)
const r0 = (n: number): string => Math.round(n).toLocaleString('en-US')

/** Compares a day's exact intake with the targets; one Infeasibility per missed rule. */
export function reviewDay(
  profileId: ProfileId,
  date: string,
  diet: Diet,
  intake: DayIntake,
  t: DailyTargets,
): Infeasibility[] {
  const out: Infeasibility[] = []
  const day = weekdayName(date)
  const base = { profileId, date }
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
      message: `${day}: absorbed B12 ${r1(absorbed)} of ${r1(t.b12AbsorbedUg)} µg even with the richest meals`,
    })
  }
  if (cryst < t.crystallineAbsorbedUg - eps) {
    out.push({
      ...base,
      code: 'B12_CRYSTALLINE_SHORT',
      achieved: cryst,
      target: t.crystallineAbsorbedUg,
      unit: 'µg',
      message: `${day}: absorbed B12 from fortified foods and supplements ${r1(cryst)} of ${r1(t.crystallineAbsorbedUg)} µg even with the richest meals`,
    })
  }
  const words = DIET_WORDS[diet]
  if (intake.energyKcal < t.energyMinKcal - eps) {
    out.push({
      ...base,
      code: 'ENERGY_LOW',
      achieved: intake.energyKcal,
      target: t.energyMinKcal,
      unit: 'kcal',
      message: `${day}: energy ${r0(intake.energyKcal)} kcal; the target (at least ${r0(t.energyMinKcal)} kcal) cannot be reached with the ${words} recipes available`,
    })
  }
  if (intake.energyKcal > t.energyMaxKcal + eps) {
    out.push({
      ...base,
      code: 'ENERGY_HIGH',
      achieved: intake.energyKcal,
      target: t.energyMaxKcal,
      unit: 'kcal',
      message: `${day}: energy ${r0(intake.energyKcal)} kcal; staying under ${r0(t.energyMaxKcal)} kcal is not possible with the ${words} recipes available`,
    })
  }
  if (intake.proteinG < t.proteinMinG - eps) {
    out.push({
      ...base,
      code: 'PROTEIN_LOW',
      achieved: intake.proteinG,
      target: t.proteinMinG,
      unit: 'g',
      message: `${day}: protein ${r0(intake.proteinG)} of ${r0(t.proteinMinG)} g cannot be reached with the ${words} recipes available`,
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
    message: `${weekdayName(date)} ${slot}: no ${DIET_WORDS[diet]} recipe fits this meal (diet, allergies or the 3-a-week limit)`,
  }
}
