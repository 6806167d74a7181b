/**
 * The plan model shared by the planner, the generator, the charts and the shopping list.
 * Dates are local calendar days as ISO strings (YYYY-MM-DD); a week starts on Monday.
 */
import type { FoodId } from '../foods/types'
import type { Grams } from '../units'

export type MealSlot = 'breakfast' | 'lunch' | 'dinner' | 'snack'
export const MEAL_SLOTS: readonly MealSlot[] = ['breakfast', 'lunch', 'dinner', 'snack']

export type RecipeId = string & { readonly __brand: 'RecipeId' }
export type ProfileId = string & { readonly __brand: 'ProfileId' }
export type PlanEntryId = string & { readonly __brand: 'PlanEntryId' }

export const recipeId = (value: string): RecipeId => value as RecipeId
export const profileId = (value: string): ProfileId => value as ProfileId
export const planEntryId = (value: string): PlanEntryId => value as PlanEntryId

/** What is eaten in one plan entry. */
export type PlanItem =
  /** `servings` of a recipe (a recipe makes `recipe.servings` servings). */
  | { kind: 'recipe'; recipeId: RecipeId; servings: number }
  /** A catalogue or user food, by weight as eaten. */
  | { kind: 'food'; foodId: FoodId; grams: Grams }
  /** A supplement, by units (tablets, sprays). */
  | { kind: 'supplement'; foodId: FoodId; units: number }

export interface PlanEntry {
  id: PlanEntryId
  profileId: ProfileId
  /** YYYY-MM-DD */
  date: string
  slot: MealSlot
  item: PlanItem
  /** Locked entries are kept when a week, day or meal is regenerated. */
  locked: boolean
}

/**
 * 'soft': soft and easy to chew (older adults, sore mouths); 'child-friendly': mild, familiar
 * and easy for a child to eat (no whole nuts, no small bones, nothing hot-spicy).
 */
export type RecipeTag = 'quick' | 'budget' | 'soft' | 'no-cook' | 'child-friendly'
export const RECIPE_TAGS: readonly RecipeTag[] = [
  'quick',
  'budget',
  'soft',
  'no-cook',
  'child-friendly',
]

export interface RecipeIngredient {
  foodId: FoodId
  /** Grams of this food for the whole recipe (all servings). */
  grams: Grams
  /** Optional wording for the recipe card, e.g. "1 cup fortified soy milk". */
  note?: string
}

export interface Recipe {
  id: RecipeId
  name: string
  /** Meals this recipe suits. */
  slots: MealSlot[]
  /** How many servings the ingredient amounts make. */
  servings: number
  ingredients: RecipeIngredient[]
  steps: string[]
  prepMinutes: number
  tags: RecipeTag[]
  /** 'builtin' for the starter library, 'user' for the person's own. */
  source: 'builtin' | 'user'
}
