/**
 * How a plan entry reads in the grid: its name, its amount, and its B12 (computed by the core
 * from the catalogue, never typed). Pure, unit-tested.
 */
import { amountUnitOf, type FoodRecord } from '../../../core/foods/types'
import { numberProblemMessage, parseDecimal } from '../../../core/units'
import { MEAL_SIDES } from '../../../core/planning/meal-sides'
import { itemNutrition, type Nutrition } from '../../../core/planning/recipe-nutrition'
import type { PlanEntry, PlanItem, Recipe } from '../../../core/planning/types'

export interface PlanLibrary {
  foods: ReadonlyMap<string, FoodRecord>
  recipes: ReadonlyMap<string, Recipe>
}

export interface EntryView {
  name: string
  amount: string
  /** Counted B12 (food + crystalline), µg; null when the food or recipe is missing. */
  b12Ug: number | null
  energyKcal: number | null
  missing: boolean
}

const trim = (n: number): string => String(Number(n.toFixed(2)))

export function amountText(item: PlanItem, library: PlanLibrary): string {
  if (item.kind === 'recipe')
    return `${trim(item.servings)} serving${item.servings === 1 ? '' : 's'}`
  if (item.kind === 'food')
    return `${trim(item.grams)} ${amountUnitOf(library.foods.get(item.foodId))}`
  const unit = library.foods.get(item.foodId)?.supplement?.unit ?? 'unit'
  return `${trim(item.units)} ${unit}${item.units === 1 ? '' : 's'}`
}

/** A recipe's name; a food's catalogue name, or for a side the planner adds, its name as eaten. */
function nameOf(item: PlanItem, library: PlanLibrary): string | null {
  if (item.kind === 'recipe') return library.recipes.get(item.recipeId)?.name ?? null
  const food = library.foods.get(item.foodId)
  if (!food) return null
  return MEAL_SIDES.find((s) => s.foodId === food.id)?.plateName ?? food.name
}

export function entryView(entry: PlanEntry, library: PlanLibrary): EntryView {
  const name = nameOf(entry.item, library)
  if (name === null)
    return {
      name: 'Missing food or recipe (deleted?)',
      amount: amountText(entry.item, library),
      b12Ug: null,
      energyKcal: null,
      missing: true,
    }
  let nutrition: Nutrition
  try {
    nutrition = itemNutrition(
      entry.item,
      library.recipes,
      library.foods as ReadonlyMap<never, FoodRecord>,
    )
  } catch {
    return {
      name,
      amount: amountText(entry.item, library),
      b12Ug: null,
      energyKcal: null,
      missing: true,
    }
  }
  return {
    name,
    amount: amountText(entry.item, library),
    b12Ug: nutrition.b12FoodUg + nutrition.b12CrystallineUg,
    energyKcal: nutrition.energyKcal,
    missing: false,
  }
}

/** Limits for amounts typed in the planner. */
export const AMOUNT_LIMITS = {
  recipe: { min: 0.25, max: 10, label: 'Servings', unit: '' },
  food: { min: 1, max: 3000, label: 'Grams', unit: ' g' },
  supplement: { min: 0.5, max: 20, label: 'How many', unit: '' },
} as const

export interface AmountLimits {
  min: number
  max: number
  label: string
  unit: string
}

/** The limits for an item kind; a drink entered per 100 ml is planned in millilitres. */
export function amountLimits(kind: PlanItem['kind'], food?: FoodRecord): AmountLimits {
  if (kind === 'food' && amountUnitOf(food) === 'ml')
    return { ...AMOUNT_LIMITS.food, label: 'Millilitres', unit: ' ml' }
  return AMOUNT_LIMITS[kind]
}

/**
 * Parses an amount typed for an item kind (a decimal comma is fine: parseDecimal); a plain
 * message when it cannot be read or is out of range.
 */
export function parseAmount(
  kind: PlanItem['kind'],
  text: string,
  food?: FoodRecord,
): { ok: true; value: number } | { ok: false; message: string } {
  const limits = amountLimits(kind, food)
  const parsed = parseDecimal(text)
  if (!parsed.ok) {
    const message =
      parsed.problem === 'empty'
        ? `${limits.label}: please enter a number.`
        : numberProblemMessage(limits.label, parsed.problem, text)
    return { ok: false, message }
  }
  const value = parsed.value
  if (value < limits.min || value > limits.max) {
    return {
      ok: false,
      message: `${limits.label} must be between ${limits.min} and ${limits.max}${limits.unit}.`,
    }
  }
  return { ok: true, value }
}

/** The item with a new amount (servings, grams or units). */
export function withAmount(item: PlanItem, value: number): PlanItem {
  if (item.kind === 'recipe') return { ...item, servings: value }
  if (item.kind === 'food') return { ...item, grams: value as typeof item.grams }
  return { ...item, units: value }
}

export function currentAmount(item: PlanItem): number {
  return item.kind === 'recipe' ? item.servings : item.kind === 'food' ? item.grams : item.units
}
