/**
 * A person's own recipe, as typed: checked field by field with plain messages, or turned into a
 * Recipe (source 'user'). Never throws, whatever it is given (form input, a stored row, a backup).
 * Nutrition is never typed: it is always computed from the ingredients.
 */
import type { FoodLookup } from './recipe-nutrition'
import { scaledIngredients } from './recipe-scale'
import {
  MEAL_SLOTS,
  RECIPE_TAGS,
  recipeId,
  type MealSlot,
  type Recipe,
  type RecipeTag,
} from './types'
import { amountUnitOf, foodId } from '../foods/types'
import { grams, numberProblemMessage, readNumber } from '../units'

export interface RecipeFieldError {
  field: string
  message: string
}

export type RecipeResult = { ok: true; recipe: Recipe } | { ok: false; errors: RecipeFieldError[] }

export const RECIPE_LIMITS = {
  nameMax: 100,
  servings: [1, 20],
  prepMinutes: [1, 600],
  ingredientsMax: 40,
  gramsPerIngredient: [0.1, 5000],
  stepsMax: 30,
  stepLengthMax: 500,
} as const

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

function range(
  errors: RecipeFieldError[],
  field: string,
  label: string,
  value: unknown,
  [min, max]: readonly [number, number],
  integer = false,
): number {
  const parsed = readNumber(value)
  const n = parsed.ok ? parsed.value : Number.NaN
  if (!parsed.ok)
    errors.push({
      field,
      message: numberProblemMessage(
        label,
        parsed.problem === 'empty' ? 'not_a_number' : parsed.problem,
        typeof value === 'string' ? value : '',
      ),
    })
  else if (n < min || n > max || (integer && !Number.isInteger(n))) {
    errors.push({
      field,
      message: `${label} must be ${integer ? 'a whole number ' : ''}between ${min} and ${max}.`,
    })
  }
  return n
}

function ingredients(
  errors: RecipeFieldError[],
  value: unknown,
  foods: FoodLookup,
): Recipe['ingredients'] {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push({ field: 'ingredients', message: 'Add at least one ingredient.' })
    return []
  }
  if (value.length > RECIPE_LIMITS.ingredientsMax)
    errors.push({
      field: 'ingredients',
      message: `At most ${RECIPE_LIMITS.ingredientsMax} ingredients.`,
    })
  return value.slice(0, RECIPE_LIMITS.ingredientsMax).flatMap((item, i) => {
    const id = isObj(item) && typeof item['foodId'] === 'string' ? item['foodId'] : ''
    if (!foods.has(foodId(id))) {
      errors.push({
        field: `ingredients.${i}.foodId`,
        message: `Ingredient ${i + 1}: choose a food from the catalogue.`,
      })
      return []
    }
    const unit = amountUnitOf(foods.get(foodId(id))) === 'ml' ? 'millilitres' : 'grams'
    const g = range(
      errors,
      `ingredients.${i}.grams`,
      `Ingredient ${i + 1} ${unit}`,
      isObj(item) ? item['grams'] : undefined,
      RECIPE_LIMITS.gramsPerIngredient,
    )
    const note =
      isObj(item) && typeof item['note'] === 'string' && item['note'].trim() !== ''
        ? item['note'].trim().slice(0, 100)
        : undefined
    return Number.isFinite(g)
      ? [{ foodId: foodId(id), grams: grams(g), ...(note ? { note } : {}) }]
      : []
  })
}

/** Validates a user recipe against the catalogue. `id` must be 'my-…' (made by the caller). */
export function validateUserRecipe(input: unknown, foods: FoodLookup): RecipeResult {
  const errors: RecipeFieldError[] = []
  const o: Obj = isObj(input) ? input : {}
  const id = typeof o['id'] === 'string' && /^my-[0-9a-zA-Z-]{4,64}$/.test(o['id']) ? o['id'] : ''
  if (!id) errors.push({ field: 'id', message: 'Internal error: the recipe has no valid id.' })
  const name = typeof o['name'] === 'string' ? o['name'].trim() : ''
  if (!name) errors.push({ field: 'name', message: 'Please give the recipe a name.' })
  if (name.length > RECIPE_LIMITS.nameMax)
    errors.push({
      field: 'name',
      message: `The name is too long (at most ${RECIPE_LIMITS.nameMax} characters).`,
    })
  const slots = Array.isArray(o['slots'])
    ? MEAL_SLOTS.filter((s) => (o['slots'] as unknown[]).includes(s))
    : []
  if (slots.length === 0)
    errors.push({ field: 'slots', message: 'Choose at least one meal it suits.' })
  const tags = Array.isArray(o['tags'])
    ? RECIPE_TAGS.filter((t) => (o['tags'] as unknown[]).includes(t))
    : []
  const servings = range(
    errors,
    'servings',
    'Servings',
    o['servings'],
    RECIPE_LIMITS.servings,
    true,
  )
  const prep = range(
    errors,
    'prepMinutes',
    'Preparation time',
    o['prepMinutes'],
    RECIPE_LIMITS.prepMinutes,
  )
  const list = ingredients(errors, o['ingredients'], foods)
  const rawSteps = Array.isArray(o['steps']) ? o['steps'] : []
  const steps = rawSteps
    .filter((s): s is string => typeof s === 'string')
    .map((s) => s.trim())
    .filter(Boolean)
  if (steps.length > RECIPE_LIMITS.stepsMax)
    errors.push({ field: 'steps', message: `At most ${RECIPE_LIMITS.stepsMax} steps.` })
  if (steps.some((s) => s.length > RECIPE_LIMITS.stepLengthMax))
    errors.push({
      field: 'steps',
      message: `Each step at most ${RECIPE_LIMITS.stepLengthMax} characters.`,
    })
  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    recipe: {
      id: recipeId(id),
      name,
      slots: slots as MealSlot[],
      servings,
      ingredients: list,
      steps,
      prepMinutes: prep,
      tags: tags as RecipeTag[],
      source: 'user',
    },
  }
}

/** The recipe scaled to make `servings` servings (ingredient grams in proportion). */
export function scaleRecipe(recipe: Recipe, servings: number): Recipe {
  return { ...recipe, servings, ingredients: scaledIngredients(recipe, servings) }
}
