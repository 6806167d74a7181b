/**
 * What a planned meal amounts to for the person who eats it (grams, the main ingredients, kcal
 * and protein) and how a day's planned meals compare with that person's daily targets.
 */
import type { FoodId } from '../foods/types'
import { grams, type Grams } from '../units'
import type { DailyTargets } from './person'
import {
  addNutrition,
  itemNutrition,
  ZERO_NUTRITION,
  type FoodLookup,
  type Nutrition,
} from './recipe-nutrition'
import { scaledIngredients } from './recipe-scale'
import type { PlanItem, Recipe } from './types'

/** How many of a meal's ingredients are named on the plan: the largest by weight. */
export const MAIN_INGREDIENT_COUNT = 3

export interface IngredientAmount {
  foodId: FoodId
  /** Grams for the person's servings (millilitres for a drink entered per 100 ml). */
  grams: Grams
}

export interface RecipeAmounts {
  /** All ingredients for the person's servings, g. */
  totalGrams: Grams
  /** The largest ingredients by weight, largest first (a food used twice counts once, summed). */
  main: IngredientAmount[]
}

/**
 * The recipe's weight for `servings` servings and its `count` largest ingredients (ties keep
 * recipe order). A recipe with no ingredients gives 0 g and no main ingredients.
 */
export function recipeAmounts(
  recipe: Pick<Recipe, 'servings' | 'ingredients'>,
  servings: number,
  count: number = MAIN_INGREDIENT_COUNT,
): RecipeAmounts {
  const byFood = new Map<FoodId, number>()
  for (const ingredient of scaledIngredients(recipe, servings))
    byFood.set(ingredient.foodId, (byFood.get(ingredient.foodId) ?? 0) + ingredient.grams)
  const all = [...byFood].map(([foodId, g]) => ({ foodId, grams: grams(g) }))
  const totalGrams = grams(all.reduce((sum, i) => sum + i.grams, 0))
  const main = [...all].sort((a, b) => b.grams - a.grams).slice(0, Math.max(0, count))
  return { totalGrams, main }
}

/**
 * kcal, protein and B12 of a day's planned items, summed (itemNutrition per item). Throws
 * UnknownFoodError or an unknown-recipe Error like itemNutrition when an item cannot be found.
 */
export function dayNutrition(
  items: readonly PlanItem[],
  recipes: ReadonlyMap<string, Recipe>,
  foods: FoodLookup,
): Nutrition {
  return items.reduce(
    (total, item) => addNutrition(total, itemNutrition(item, recipes, foods)),
    ZERO_NUTRITION as Nutrition,
  )
}

/** Where a day's figure lies against a target: a range (kcal) or a minimum (protein). */
export type TargetPosition = 'below' | 'within' | 'above'

/** kcal against the target band [energyMinKcal, energyMaxKcal]: both ends count as within. */
export function energyPosition(kcal: number, targets: DailyTargets): TargetPosition {
  if (kcal < targets.energyMinKcal) return 'below'
  if (kcal > targets.energyMaxKcal) return 'above'
  return 'within'
}

/** Protein against its daily minimum (g): at or over the minimum is 'above', else 'below'. */
export function proteinPosition(proteinG: number, targets: DailyTargets): 'below' | 'above' {
  return proteinG < targets.proteinMinG ? 'below' : 'above'
}
