/**
 * Why a generated day misses a hard target, in numbers, with a supplement proposal when B12 is
 * short. The generator never fails silently: it returns its best day and one of these per miss.
 */
import { absorbedFromEvent } from '../b12'
import type { Diet } from '../foods/types'
import { absorbedPerDay, type DayIntake } from './day-intake'
import type { DailyTargets } from './person'
import { MEAL_SLOTS, type MealSlot, type ProfileId } from './types'

export type InfeasibilityCode =
  | 'B12_ABSORBED_SHORT'
  | 'B12_CRYSTALLINE_SHORT'
  | 'ENERGY_LOW'
  | 'ENERGY_HIGH'
  | 'PROTEIN_LOW'
  | 'NO_RECIPES'

export interface SupplementSuggestion {
  kind: 'b12_supplement'
  /** Smallest common tablet strength that closes the day's gap, µg crystalline per day. */
  ugPerDay: number
  /** The meal to take it with (the one with least B12, where it adds most). */
  slot: MealSlot
  /** Advice text: left null here; the UI fills it from the B12 core's assessment suggestion. */
  text: string | null
}

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
  suggestion: SupplementSuggestion | null
}

/** Strengths of common B12 tablets (curated supplements), µg. */
export const SUPPLEMENT_STRENGTHS: readonly number[] = [10, 25, 50, 100, 250, 500, 1000]

const DIET_WORDS: Readonly<Record<Diet, string>> = {
  vegan: 'vegan',
  lacto_ovo_vegetarian: 'vegetarian',
  pescatarian: 'pescatarian',
  omnivore: 'available',
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** English weekday of a YYYY-MM-DD date. */
export function weekdayName(date: string): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return DAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? date
}

const r1 = (n: number): string => n.toFixed(1)
const r0 = (n: number): string => Math.round(n).toLocaleString('en-US')

/**
 * The smallest strength that, taken with the day's lowest-B12 meal, lifts both absorbed totals
 * (all B12 and crystalline) to their targets; the largest strength if none does.
 */
export function suggestSupplement(intake: DayIntake, t: DailyTargets): SupplementSuggestion {
  const slot = MEAL_SLOTS.reduce((low, s) => (intake.b12Ug[s] < intake.b12Ug[low] ? s : low), 'breakfast' as MealSlot)
  const gain = (per: Record<MealSlot, number>, ug: number) => absorbedFromEvent(per[slot] + ug) - absorbedFromEvent(per[slot])
  const totalNow = absorbedPerDay(intake.b12Ug)
  const crystNow = absorbedPerDay(intake.crystallineUg)
  const ok = (ug: number) =>
    totalNow + gain(intake.b12Ug, ug) >= t.b12AbsorbedUg && crystNow + gain(intake.crystallineUg, ug) >= t.crystallineAbsorbedUg
  const ugPerDay = SUPPLEMENT_STRENGTHS.find(ok) ?? 1000
  return { kind: 'b12_supplement', ugPerDay, slot, text: null }
}

/** Compares a day's exact intake with the targets; one Infeasibility per missed rule. */
export function reviewDay(profileId: ProfileId, date: string, diet: Diet, intake: DayIntake, t: DailyTargets): Infeasibility[] {
  const out: Infeasibility[] = []
  const day = weekdayName(date)
  const base = { profileId, date, suggestion: null }
  const eps = 1e-6
  const absorbed = absorbedPerDay(intake.b12Ug)
  const cryst = absorbedPerDay(intake.crystallineUg)
  const short = absorbed < t.b12AbsorbedUg - eps || cryst < t.crystallineAbsorbedUg - eps
  const suggestion = short ? suggestSupplement(intake, t) : null
  if (absorbed < t.b12AbsorbedUg - eps) {
    out.push({ ...base, code: 'B12_ABSORBED_SHORT', achieved: absorbed, target: t.b12AbsorbedUg, unit: 'µg', suggestion,
      message: `${day}: absorbed B12 ${r1(absorbed)} of ${r1(t.b12AbsorbedUg)} µg even with the richest meals` })
  }
  if (cryst < t.crystallineAbsorbedUg - eps) {
    out.push({ ...base, code: 'B12_CRYSTALLINE_SHORT', achieved: cryst, target: t.crystallineAbsorbedUg, unit: 'µg', suggestion,
      message: `${day}: absorbed B12 from fortified foods and supplements ${r1(cryst)} of ${r1(t.crystallineAbsorbedUg)} µg even with the richest meals` })
  }
  const words = DIET_WORDS[diet]
  if (intake.energyKcal < t.energyMinKcal - eps) {
    out.push({ ...base, code: 'ENERGY_LOW', achieved: intake.energyKcal, target: t.energyMinKcal, unit: 'kcal',
      message: `${day}: energy ${r0(intake.energyKcal)} kcal; the target (at least ${r0(t.energyMinKcal)} kcal) cannot be reached with the ${words} recipes available` })
  }
  if (intake.energyKcal > t.energyMaxKcal + eps) {
    out.push({ ...base, code: 'ENERGY_HIGH', achieved: intake.energyKcal, target: t.energyMaxKcal, unit: 'kcal',
      message: `${day}: energy ${r0(intake.energyKcal)} kcal; staying under ${r0(t.energyMaxKcal)} kcal is not possible with the ${words} recipes available` })
  }
  if (intake.proteinG < t.proteinMinG - eps) {
    out.push({ ...base, code: 'PROTEIN_LOW', achieved: intake.proteinG, target: t.proteinMinG, unit: 'g',
      message: `${day}: protein ${r0(intake.proteinG)} of ${r0(t.proteinMinG)} g cannot be reached with the ${words} recipes available` })
  }
  return out
}

/** A meal with no recipe to choose from (diet, allergies and the weekly limit leave none). */
export function noRecipes(profileId: ProfileId, date: string, slot: MealSlot, diet: Diet): Infeasibility {
  return {
    code: 'NO_RECIPES', profileId, date, slot, achieved: 0, target: 1, unit: 'meals', suggestion: null,
    message: `${weekdayName(date)} ${slot}: no ${DIET_WORDS[diet]} recipe fits this meal (diet, allergies or the 3-a-week limit)`,
  }
}
