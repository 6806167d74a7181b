import { micrograms, type Grams, type Micrograms, type Unit } from '../units'
import type { FoodRecord, Portion } from './types'

/** A count of supplement units (tablets, sprays, lozenges). */
export type UnitCount = Unit<'units'>
export const unitCount = (value: number): UnitCount => value as UnitCount

/** The B12 core's intake item, declared structurally (contract: b12-assessment-contract.md). */
export interface FoodIntakeItem {
  name: string
  ug: number
  form: 'food' | 'crystalline' | 'not_counted'
}

export interface B12Portion {
  foodUg: Micrograms
  crystallineUg: Micrograms
  totalUg: Micrograms
}

const zero: B12Portion = {
  foodUg: micrograms(0),
  crystallineUg: micrograms(0),
  totalUg: micrograms(0),
}

/**
 * B12 in an amount of a food, split by form: µg = per-100 g value × grams / 100.
 * For supplements `amount` is a number of units (tablets, sprays): µg = ugPerUnit × units.
 * not_counted and plant_none foods give 0 µg; a negative or non-finite amount gives 0 µg.
 */
export function b12PerPortion(food: FoodRecord, amount: Grams | UnitCount): B12Portion {
  if (!Number.isFinite(amount) || amount <= 0) return zero
  const scale = food.kind === 'supplement' ? amount : amount / 100
  const foodUg = food.b12.foodUgPer100g * scale
  const crystallineUg = food.b12.crystallineUgPer100g * scale
  return {
    foodUg: micrograms(foodUg),
    crystallineUg: micrograms(crystallineUg),
    totalUg: micrograms(foodUg + crystallineUg),
  }
}

/**
 * Intake items for the B12 core from one eaten amount (grams, or units for supplements): one
 * item per non-zero form, both for a fortified food with a natural part; a not_counted food
 * yields one `not_counted` item with 0 µg so the advice can name it; no B12 → no items.
 */
export function intakeItemsFor(food: FoodRecord, amount: Grams | UnitCount): FoodIntakeItem[] {
  if (food.b12.class === 'not_counted') return [{ name: food.name, ug: 0, form: 'not_counted' }]
  const b = b12PerPortion(food, amount)
  const items: FoodIntakeItem[] = []
  if (b.foodUg > 0) items.push({ name: food.name, ug: b.foodUg, form: 'food' })
  if (b.crystallineUg > 0) items.push({ name: food.name, ug: b.crystallineUg, form: 'crystalline' })
  return items
}

/** FNDDS rows meant for foods added to something else, not servings on their own. */
const NOT_A_SERVING = /^guideline amount/i

/**
 * The food's default serving: its first household portion that is a real serving (FNDDS
 * "Quantity not specified" counts, "Guideline amount per …" does not), else 100 g.
 * Supplements: one unit, reported as grams = 1 so callers can pass it to b12PerPortion.
 */
export function defaultPortion(food: FoodRecord): Portion {
  if (food.kind === 'supplement') return { label: `1 ${food.supplement?.unit ?? 'unit'}`, grams: 1 }
  return food.portions.find((p) => !NOT_A_SERVING.test(p.label)) ?? { label: '100 g', grams: 100 }
}

/** µg B12 (counted forms) in the food's default serving. */
export function b12PerDefaultServing(food: FoodRecord): Micrograms {
  return b12PerPortion(food, defaultPortion(food).grams as Grams).totalUg
}

/**
 * Foods sorted by B12 per default serving, richest first (ties by name, then id, so the order
 * is stable). Returns a new array; not_counted foods sort as 0 µg.
 */
export function sortByB12PerServing(foods: readonly FoodRecord[]): FoodRecord[] {
  const keyed = foods.map((food) => ({ food, ug: b12PerDefaultServing(food) }))
  keyed.sort(
    (a, b) =>
      b.ug - a.ug || a.food.name.localeCompare(b.food.name) || (a.food.id < b.food.id ? -1 : 1),
  )
  return keyed.map((k) => k.food)
}
