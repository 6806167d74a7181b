/**
 * What a planned meal says about amounts (weight, the main ingredients, kcal, protein) in the
 * app's units setting, and what a person's planned day says against their daily targets.
 * Pure, unit-tested.
 */
import { amountUnitOf, type FoodRecord } from '../../../core/foods/types'
import {
  dayNutrition,
  energyPosition,
  proteinPosition,
  recipeAmounts,
  type TargetPosition,
} from '../../../core/planning/meal-amounts'
import type { DailyTargets } from '../../../core/planning/person'
import { itemNutrition, type FoodLookup } from '../../../core/planning/recipe-nutrition'
import { MEAL_SLOTS, type PlanEntry } from '../../../core/planning/types'
import { GRAMS_PER_OZ, ML_PER_FL_OZ, type UnitSystem } from '../../../core/shopping'
import type { PlanLibrary } from './entry-text'

const whole = (n: number): string => Math.round(n).toLocaleString('en')
const trim = (n: number): string => String(Number(n.toFixed(2)))
const roundTo = (value: number, step: number): number => Math.round(value / step) * step

/**
 * A meal-sized amount, rounded to the nearest sensible step (not up, as the shopping list does):
 * metric 1 g under 10 g, 5 g under 250 g, then 10 g; US ounces in quarters under 4 oz, halves
 * under 16 oz, then whole. `unit` 'ml' is a drink entered per 100 ml (1 g taken as 1 ml).
 */
export function formatMealAmount(g: number, unit: 'g' | 'ml', system: UnitSystem): string {
  if (system === 'metric') {
    const step = g < 10 ? 1 : g < 250 ? 5 : 10
    const rounded = roundTo(g, step)
    return rounded === 0 ? `under 1 ${unit}` : `${whole(rounded)} ${unit}`
  }
  const oz = unit === 'ml' ? g / ML_PER_FL_OZ : g / GRAMS_PER_OZ
  const label = unit === 'ml' ? 'fl oz' : 'oz'
  const rounded = roundTo(oz, oz < 4 ? 0.25 : oz < 16 ? 0.5 : 1)
  return rounded === 0 ? `under 0.25 ${label}` : `${trim(rounded)} ${label}`
}

const CATEGORY_FIRST = new Set(['fish', 'nuts', 'seeds', 'beverages', 'cereals', 'spices'])

/**
 * A short name for a food in a meal line: the catalogue name without its bracketed synonyms, up
 * to the first comma ("Chickpeas (garbanzo beans…), mature seeds…" → "chickpeas"); names that
 * lead with a category take the next part ("Fish, salmon, Atlantic…" → "salmon").
 */
export function shortFoodName(name: string): string {
  const parts = name
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const first = parts[0] ?? name.trim()
  const lead = CATEGORY_FIRST.has(first.toLowerCase()) && parts[1] ? parts[1] : first
  // "Oats" reads as "oats" mid-sentence; a brand in capitals ("SILK Plain") keeps its case.
  return /^[A-Z][a-z]/.test(lead) ? lead.charAt(0).toLowerCase() + lead.slice(1) : lead
}

export interface MealAmountsView {
  /** "540 kcal"; null when a food or recipe is missing. */
  energy: string | null
  /** "24 g protein"; null when a food or recipe is missing. */
  protein: string | null
  /** The recipe's weight for the person's servings ("about 620 g"); null for single foods. */
  weight: string | null
  /** The largest ingredients for the person's servings, largest first. */
  main: { name: string; amount: string }[]
}

const NONE: MealAmountsView = { energy: null, protein: null, weight: null, main: [] }

/**
 * Amounts of one plan entry for the person who eats it: kcal and protein for any item (a
 * supplement has none worth saying, so none is said); weight and main ingredients for a recipe.
 */
export function mealAmountsView(
  entry: PlanEntry,
  library: PlanLibrary,
  system: UnitSystem,
): MealAmountsView {
  if (entry.item.kind === 'supplement') return NONE
  const foods = library.foods as FoodLookup
  let nutrition
  try {
    nutrition = itemNutrition(entry.item, library.recipes, foods)
  } catch {
    return NONE
  }
  const energy = `${whole(nutrition.energyKcal)} kcal`
  const protein = `${whole(nutrition.proteinG)} g protein`
  if (entry.item.kind === 'food') return { energy, protein, weight: null, main: [] }
  const recipe = library.recipes.get(entry.item.recipeId)
  if (!recipe) return NONE
  const amounts = recipeAmounts(recipe, entry.item.servings)
  const unitOf = (id: string): 'g' | 'ml' => amountUnitOf(library.foods.get(id))
  return {
    energy,
    protein,
    weight: `about ${formatMealAmount(amounts.totalGrams, 'g', system)}`,
    main: amounts.main.map((i) => ({
      name: shortFoodName(library.foods.get(i.foodId)?.name ?? 'missing food'),
      amount: formatMealAmount(i.grams, unitOf(i.foodId), system),
    })),
  }
}

export interface TargetLine {
  text: string
  position: TargetPosition
}

export type DayTotalsView =
  | { kind: 'nothing' }
  | { kind: 'unknown' }
  | {
      kind: 'totals'
      /** Meals of the day with something planned, of MEAL_SLOTS.length. */
      mealsPlanned: number
      energy: TargetLine
      protein: TargetLine
    }

const POSITION_WORDS: Record<TargetPosition, string> = {
  below: 'below',
  within: 'within',
  above: 'above',
}

/**
 * One person's planned day against their daily targets (dailyTargets): kcal against the ±10 %
 * band, protein against its minimum. Figures are compared as shown (whole kcal and grams), so a
 * line never reads "48 g: below the 48 g minimum". 'nothing' when no meal is planned that day;
 * 'unknown' when a planned food or recipe is missing.
 */
export function dayTotalsView(
  dayEntries: readonly PlanEntry[],
  library: PlanLibrary,
  targets: DailyTargets,
): DayTotalsView {
  if (dayEntries.length === 0) return { kind: 'nothing' }
  let total
  try {
    total = dayNutrition(
      dayEntries.map((e) => e.item),
      library.recipes,
      library.foods as ReadonlyMap<never, FoodRecord>,
    )
  } catch {
    return { kind: 'unknown' }
  }
  const kcal = Math.round(total.energyKcal)
  const band = {
    ...targets,
    energyMinKcal: Math.round(targets.energyMinKcal),
    energyMaxKcal: Math.round(targets.energyMaxKcal),
  }
  const energy = energyPosition(kcal, band)
  const proteinG = Math.round(total.proteinG)
  const protein = proteinPosition(proteinG, {
    ...targets,
    proteinMinG: Math.round(targets.proteinMinG),
  })
  const range = `${whole(band.energyMinKcal)}–${whole(band.energyMaxKcal)} kcal`
  return {
    kind: 'totals',
    mealsPlanned: new Set(dayEntries.map((e) => e.slot)).size,
    energy: {
      text: `${whole(kcal)} kcal, ${POSITION_WORDS[energy]} the ${range} target`,
      position: energy,
    },
    protein: {
      text: `${whole(proteinG)} g protein, ${protein === 'below' ? 'below' : 'at or above'} the ${whole(targets.proteinMinG)} g minimum`,
      position: protein,
    },
  }
}

/** "2 of 4 meals planned" when some meal of the day is still empty, else null. */
export function partialDayNote(mealsPlanned: number): string | null {
  return mealsPlanned < MEAL_SLOTS.length
    ? `${mealsPlanned} of ${MEAL_SLOTS.length} meals planned so far`
    : null
}
