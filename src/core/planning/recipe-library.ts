/**
 * Loader and validator for recipe files (resources/recipes/starter-recipes.json). Nothing loaded
 * is trusted: every field is checked, and a recipe naming a food the catalogue does not have
 * fails with a message that names the recipe and the id.
 */
import { DIETS, foodId, type Diet } from '../foods/types'
import { grams } from '../units'
import type { FoodLookup } from './recipe-nutrition'
import {
  MEAL_SLOTS,
  RECIPE_TAGS,
  recipeId,
  type MealSlot,
  type Recipe,
  type RecipeIngredient,
  type RecipeTag,
} from './types'

export const RECIPES_FORMAT = 'b12-planner-recipes/1'

/** A recipe with the diet its author intended (tests check it against the computed diet). */
export interface LibraryRecipe extends Recipe {
  declaredDiet: Diet
}

/** Thrown when a recipe file is malformed or names an unknown food; the message names the spot. */
export class RecipeFormatError extends Error {
  override name = 'RecipeFormatError'
}

function fail(where: string, what: string): never {
  throw new RecipeFormatError(`Recipes: ${where}: ${what}`)
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isPosNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0

function strings(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s.length > 0))
    fail(where, 'expected a list of strings')
  return v as string[]
}

function ingredient(v: unknown, where: string, foods: FoodLookup): RecipeIngredient {
  if (!isObj(v)) return fail(where, 'expected an object')
  if (typeof v['foodId'] !== 'string') fail(where, 'foodId must be a string')
  const id = foodId(v['foodId'])
  if (!foods.has(id)) fail(where, `unknown food id ${id} (not in the food catalogue)`)
  if (!isPosNum(v['grams'])) fail(where, 'grams must be a number > 0')
  const out: RecipeIngredient = { foodId: id, grams: grams(v['grams']) }
  if (v['note'] !== undefined) {
    if (typeof v['note'] !== 'string') fail(where, 'note must be a string')
    out.note = v['note']
  }
  return out
}

function recipe(v: unknown, i: number, foods: FoodLookup): LibraryRecipe {
  if (!isObj(v)) return fail(`recipe ${i}`, 'expected an object')
  const id = v['id']
  if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id))
    return fail(`recipe ${i}`, 'id must be kebab-case')
  const where = `recipe ${id}`
  if (typeof v['name'] !== 'string' || v['name'].length === 0) fail(where, 'name')
  const slots = strings(v['slots'], `${where} slots`)
  if (slots.length === 0 || !slots.every((s) => (MEAL_SLOTS as readonly string[]).includes(s)))
    fail(where, 'slots')
  const tags =
    Array.isArray(v['tags']) && v['tags'].length === 0 ? [] : strings(v['tags'], `${where} tags`)
  if (!tags.every((t) => (RECIPE_TAGS as readonly string[]).includes(t))) fail(where, 'unknown tag')
  if (!isPosNum(v['servings']) || !Number.isInteger(v['servings']))
    fail(where, 'servings must be a whole number > 0')
  if (!isPosNum(v['prepMinutes'])) fail(where, 'prepMinutes must be > 0')
  if (!(DIETS as readonly unknown[]).includes(v['diet']))
    fail(where, 'diet must be one of the four diets')
  const ings = v['ingredients']
  if (!Array.isArray(ings) || ings.length === 0) fail(where, 'ingredients must be a non-empty list')
  return {
    id: recipeId(id),
    name: v['name'] as string,
    slots: slots as MealSlot[],
    servings: v['servings'] as number,
    ingredients: ings.map((g, j) => ingredient(g, `${where} ingredient ${j}`, foods)),
    steps: strings(v['steps'], `${where} steps`),
    prepMinutes: v['prepMinutes'] as number,
    tags: tags as RecipeTag[],
    source: 'builtin',
    declaredDiet: v['diet'] as Diet,
  }
}

/**
 * Decodes a recipe file (already JSON-parsed) against the food catalogue.
 * @throws RecipeFormatError naming the first bad recipe/field, an unknown food id, or a
 * duplicate recipe id.
 */
export function decodeRecipes(json: unknown, foodsById: FoodLookup): LibraryRecipe[] {
  if (!isObj(json)) return fail('file', 'not a JSON object')
  if (json['format'] !== RECIPES_FORMAT) fail('format', `expected ${RECIPES_FORMAT}`)
  const list = json['recipes']
  if (!Array.isArray(list)) return fail('recipes', 'missing list')
  const out = list.map((r, i) => recipe(r, i, foodsById))
  const ids = new Set<string>()
  for (const r of out) {
    if (ids.has(r.id)) fail(`recipe ${r.id}`, 'duplicate id')
    ids.add(r.id)
  }
  return out
}
