/**
 * The one place a recipe's ingredients are scaled to a number of servings: the intake pattern,
 * the shopping list, the week checker and the recipe card all count the same grams.
 */
import { grams } from '../units'
import type { Recipe, RecipeIngredient } from './types'

/**
 * The recipe's ingredients for `servings` servings: each ingredient's grams × servings ÷
 * recipe.servings, in recipe order, with the other fields kept. Callers decide what a recipe
 * with servings ≤ 0 means (the factor is then not a number they can use).
 */
export function scaledIngredients(
  recipe: Pick<Recipe, 'servings' | 'ingredients'>,
  servings: number,
): RecipeIngredient[] {
  const factor = servings / recipe.servings
  return recipe.ingredients.map((ingredient) => ({
    ...ingredient,
    grams: grams(ingredient.grams * factor),
  }))
}
