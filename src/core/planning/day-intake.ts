/**
 * What one person eats on one day, per slot, from plan entries plus their own supplements:
 * the generator's view (locked inputs and the review of each solved day). The independent
 * checker (check-week.ts) recomputes all of this its own way.
 */
import { absorbedFromEvent } from '../b12'
import { itemNutrition, type FoodLookup } from './recipe-nutrition'
import { supplementUg, type PlannerPerson } from './person'
import { MEAL_SLOTS, type MealSlot, type PlanEntry, type Recipe } from './types'

export interface DayIntake {
  energyKcal: number
  proteinG: number
  /** µg B12 per eating event (food + crystalline; not-counted excluded). */
  b12Ug: Record<MealSlot, number>
  /** µg crystalline B12 per eating event. */
  crystallineUg: Record<MealSlot, number>
}

const perSlot = (): Record<MealSlot, number> => ({ breakfast: 0, lunch: 0, dinner: 0, snack: 0 })

/** Sums the entries (one person, one day) and the person's fixed supplements. */
export function dayIntake(
  entries: readonly PlanEntry[],
  person: PlannerPerson,
  recipes: ReadonlyMap<string, Recipe>,
  foods: FoodLookup,
): DayIntake {
  const out: DayIntake = { energyKcal: 0, proteinG: 0, b12Ug: perSlot(), crystallineUg: perSlot() }
  for (const slot of MEAL_SLOTS) {
    const s = supplementUg(person, slot)
    out.b12Ug[slot] += s
    out.crystallineUg[slot] += s
  }
  for (const e of entries) {
    const n = itemNutrition(e.item, recipes, foods)
    out.energyKcal += n.energyKcal
    out.proteinG += n.proteinG
    out.b12Ug[e.slot] += n.b12FoodUg + n.b12CrystallineUg
    out.crystallineUg[e.slot] += n.b12CrystallineUg
  }
  return out
}

/** µg absorbed per day: Σ over eating events of A(µg in the event). */
export function absorbedPerDay(perEvent: Record<MealSlot, number>): number {
  let total = 0
  for (const slot of MEAL_SLOTS) total += absorbedFromEvent(perEvent[slot])
  return total
}
