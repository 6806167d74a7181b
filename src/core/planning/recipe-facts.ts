/**
 * Per-recipe facts the generator and the scorer need, computed once per library: nutrition
 * per serving, diet answers, ingredient foods and an estimated cost per serving.
 */
import type { Diet, DietAnswer, FoodId, FoodRecord } from '../foods/types'
import {
  recipeDietAnswers,
  recipeNutrition,
  type FoodLookup,
  type Nutrition,
} from './recipe-nutrition'
import { DAILY_FOOD_CAPS } from './portions'
import type { Recipe, RecipeId } from './types'

export interface RecipeFacts {
  recipe: Recipe
  perServing: Nutrition
  diet: Record<Diet, DietAnswer>
  foods: readonly FoodRecord[]
  foodIds: readonly FoodId[]
  /** Estimated cost of one serving, in rough price units (≈ US$ of 2024). */
  costPerServing: number
  /** Grams of one serving: all ingredient grams over the servings. */
  gramsPerServing: number
  /** Grams per serving of each daily-capped food (DAILY_FOOD_CAPS key → g); absent keys are 0. */
  cappedGramsPerServing: Readonly<Record<string, number>>
}

/** Rough price per 100 g by food group (first match wins); only ratios matter to the planner. */
const GROUP_PRICES: readonly [RegExp, number][] = [
  [/curated: fortified/i, 4],
  [/finfish|shellfish|fish/i, 2],
  [/beef|pork|lamb|veal|poultry|sausage|luncheon/i, 1.2],
  [/nut and seed/i, 1.5],
  [/spices/i, 2],
  [/breakfast cereals/i, 0.8],
  [/fats and oils/i, 0.8],
  [/dairy and egg/i, 0.6],
  [/legumes/i, 0.35],
  [/cereal grains and pasta/i, 0.25],
  [/baked products/i, 0.5],
  [/vegetables/i, 0.35],
  [/fruits/i, 0.45],
]
const DEFAULT_PRICE = 0.5

/** Estimated price units per 100 g of a food, from its food group. */
export function pricePer100g(food: FoodRecord): number {
  for (const [re, price] of GROUP_PRICES) if (re.test(food.foodGroup)) return price
  return DEFAULT_PRICE
}

/** Estimated cost of one serving of a recipe, price units (sum of ingredient grams × price). */
export function estimateCostPerServing(recipe: Recipe, foods: FoodLookup): number {
  let total = 0
  for (const ing of recipe.ingredients) {
    const f = foods.get(ing.foodId)
    total += f ? (ing.grams / 100) * pricePer100g(f) : 0
  }
  return total / recipe.servings
}

/** Cost level shown on cards: 1 (under 1.5 units a serving), 2 (under 3), 3. */
export function costLevel(costPerServing: number): 1 | 2 | 3 {
  return costPerServing < 1.5 ? 1 : costPerServing < 3 ? 2 : 3
}

/** Grams per serving of each daily-capped food the recipe contains (eggs…). */
function cappedGrams(recipe: Recipe, foods: FoodLookup): Record<string, number> {
  const out: Record<string, number> = {}
  for (const ing of recipe.ingredients) {
    const f = foods.get(ing.foodId)
    if (!f) continue
    for (const cap of DAILY_FOOD_CAPS) {
      if (cap.matches(f)) out[cap.key] = (out[cap.key] ?? 0) + ing.grams / recipe.servings
    }
  }
  return out
}

/**
 * Facts for every recipe whose ingredients are all known; recipes with unknown foods are
 * left out (the loader already rejects them for the shipped library).
 */
export function recipeFacts(
  recipes: readonly Recipe[],
  foods: FoodLookup,
): Map<RecipeId, RecipeFacts> {
  const out = new Map<RecipeId, RecipeFacts>()
  for (const recipe of recipes) {
    const fs = recipe.ingredients.map((i) => foods.get(i.foodId))
    if (fs.some((f) => f === undefined)) continue
    out.set(recipe.id, {
      recipe,
      perServing: recipeNutrition(recipe, foods),
      diet: recipeDietAnswers(recipe, foods),
      foods: fs as FoodRecord[],
      foodIds: [...new Set(recipe.ingredients.map((i) => i.foodId))],
      costPerServing: estimateCostPerServing(recipe, foods),
      gramsPerServing: recipe.ingredients.reduce((g, i) => g + i.grams, 0) / recipe.servings,
      cappedGramsPerServing: cappedGrams(recipe, foods),
    })
  }
  return out
}
