/** What the recipes list and detail show: nutrition per serving (computed), diet, tags. Pure. */
import type { FoodRecord } from '../../../core/foods/types'
import {
  recipeDiet,
  recipeNutrition,
  type Nutrition,
} from '../../../core/planning/recipe-nutrition'
import type { Diet } from '../../../core/foods/types'
import type { MealSlot, Recipe, RecipeTag } from '../../../core/planning/types'

export interface RecipeSummary {
  recipe: Recipe
  perServing: Nutrition
  diet: Diet
}

export function summarizeRecipe(
  recipe: Recipe,
  foods: ReadonlyMap<string, FoodRecord>,
): RecipeSummary {
  const lookup = foods as ReadonlyMap<never, FoodRecord>
  return { recipe, perServing: recipeNutrition(recipe, lookup), diet: recipeDiet(recipe, lookup) }
}

export interface RecipeFilter {
  text: string
  slot: MealSlot | 'any'
  diet: Diet | 'any'
  /** Keep only recipes with this tag (e.g. 'soft', 'child-friendly'). */
  tag: RecipeTag | 'any'
  mine: boolean
}

/** How each recipe tag reads on screen. */
export const TAG_LABELS: Readonly<Record<RecipeTag, string>> = {
  quick: 'quick',
  budget: 'budget',
  soft: 'soft / easy to chew',
  'no-cook': 'no-cook',
  'child-friendly': 'child-friendly',
}

const DIET_RANK: Readonly<Record<Diet, number>> = {
  vegan: 0,
  lacto_ovo_vegetarian: 1,
  pescatarian: 2,
  omnivore: 3,
}

/** Recipes matching the filter, the person's own first, then by name. A diet filter keeps recipes that suit it. */
export function filterRecipes(
  list: readonly RecipeSummary[],
  filter: RecipeFilter,
): RecipeSummary[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean)
  return list
    .filter((r) => words.every((w) => r.recipe.name.toLowerCase().includes(w)))
    .filter((r) => filter.slot === 'any' || r.recipe.slots.includes(filter.slot))
    .filter((r) => filter.diet === 'any' || DIET_RANK[r.diet] <= DIET_RANK[filter.diet])
    .filter((r) => filter.tag === 'any' || r.recipe.tags.includes(filter.tag))
    .filter((r) => !filter.mine || r.recipe.source === 'user')
    .sort(
      (a, b) =>
        Number(b.recipe.source === 'user') - Number(a.recipe.source === 'user') ||
        a.recipe.name.localeCompare(b.recipe.name),
    )
}
