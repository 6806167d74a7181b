/**
 * Nutrition of recipes and plan items, always computed from catalogue foods (never typed in).
 * B12 is split by form as the B12 core counts it: protein-bound food B12, crystalline B12
 * (fortified foods, supplements) and "not counted" B12 (§3 of the reference: shown, counted 0).
 */
import type { Diet, DietAnswer, FoodId, FoodRecord } from '../foods/types'
import { DIETS } from '../foods/types'
import type { PlanItem, Recipe } from './types'

/** Nutrients of one serving or one plan item. */
export interface Nutrition {
  energyKcal: number
  proteinG: number
  /** Protein-bound B12, µg. */
  b12FoodUg: number
  /** Crystalline B12 (fortified foods and supplements), µg. */
  b12CrystallineUg: number
  /** B12 the reference says not to count (spirulina, tempeh, nori…), µg; shown only. */
  b12NotCountedUg: number
  /** Folate, µg DFE (a missing source value counts as 0). */
  folateDfeUg: number
}

export type FoodLookup = ReadonlyMap<FoodId, FoodRecord>

export const ZERO_NUTRITION: Readonly<Nutrition> = Object.freeze({
  energyKcal: 0,
  proteinG: 0,
  b12FoodUg: 0,
  b12CrystallineUg: 0,
  b12NotCountedUg: 0,
  folateDfeUg: 0,
})

/** Thrown when a recipe or plan item names a food that is not in the lookup. */
export class UnknownFoodError extends Error {
  override name = 'UnknownFoodError'
}

function food(foods: FoodLookup, id: FoodId, where: string): FoodRecord {
  const found = foods.get(id)
  if (!found) throw new UnknownFoodError(`${where}: unknown food id ${id}`)
  return found
}

/** Nutrition of `grams` g of a food (values per 100 g scaled; null source values count as 0). */
export function foodNutrition(f: FoodRecord, grams: number): Nutrition {
  const k = grams / 100
  const p = f.per100g
  return {
    energyKcal: (p.energyKcal ?? 0) * k,
    proteinG: (p.proteinG ?? 0) * k,
    b12FoodUg: f.b12.foodUgPer100g * k,
    b12CrystallineUg: f.b12.crystallineUgPer100g * k,
    b12NotCountedUg: f.b12.class === 'not_counted' ? (p.b12Ug ?? 0) * k : 0,
    folateDfeUg: (p.folateDfeUg ?? 0) * k,
  }
}

/** Sum of nutrition values; `scale` multiplies `b` first. */
export function addNutrition(a: Nutrition, b: Nutrition, scale = 1): Nutrition {
  return {
    energyKcal: a.energyKcal + b.energyKcal * scale,
    proteinG: a.proteinG + b.proteinG * scale,
    b12FoodUg: a.b12FoodUg + b.b12FoodUg * scale,
    b12CrystallineUg: a.b12CrystallineUg + b.b12CrystallineUg * scale,
    b12NotCountedUg: a.b12NotCountedUg + b.b12NotCountedUg * scale,
    folateDfeUg: a.folateDfeUg + b.folateDfeUg * scale,
  }
}

/**
 * Nutrition of ONE serving of a recipe: the sum over its ingredients (grams for the whole
 * recipe) divided by `recipe.servings`. kcal, g protein, µg B12 by form, µg DFE folate.
 * @throws UnknownFoodError when an ingredient is not in `foods`.
 */
export function recipeNutrition(recipe: Recipe, foods: FoodLookup): Nutrition {
  let total: Nutrition = ZERO_NUTRITION
  for (const ing of recipe.ingredients) {
    total = addNutrition(
      total,
      foodNutrition(food(foods, ing.foodId, `recipe ${recipe.id}`), ing.grams),
    )
  }
  return addNutrition(ZERO_NUTRITION, total, 1 / recipe.servings)
}

/** The answer for a whole recipe: 'yes' only if every ingredient is 'yes'; any 'no' wins. */
function combine(answers: readonly DietAnswer[]): DietAnswer {
  if (answers.includes('no')) return 'no'
  return answers.every((a) => a === 'yes') ? 'yes' : 'unknown'
}

/**
 * Diet compatibility of a recipe, derived from its ingredients: a recipe is vegan only if
 * every ingredient is vegan 'yes'; one 'no' makes it 'no'; otherwise 'unknown'.
 * @throws UnknownFoodError when an ingredient is not in `foods`.
 */
export function recipeDietAnswers(recipe: Recipe, foods: FoodLookup): Record<Diet, DietAnswer> {
  const fs = recipe.ingredients.map((i) => food(foods, i.foodId, `recipe ${recipe.id}`))
  const out = {} as Record<Diet, DietAnswer>
  for (const d of DIETS) out[d] = combine(fs.map((f) => f.diet[d]))
  return out
}

/** The strictest diet a recipe is certainly compatible with ('omnivore' when nothing stricter). */
export function recipeDiet(recipe: Recipe, foods: FoodLookup): Diet {
  const answers = recipeDietAnswers(recipe, foods)
  return DIETS.find((d) => answers[d] === 'yes') ?? 'omnivore'
}

/** Whether a diet accepts a food/recipe answer set (only 'yes' is accepted: diet is a hard rule). */
export function dietAllows(answers: Record<Diet, DietAnswer>, diet: Diet): boolean {
  return answers[diet] === 'yes'
}

/**
 * Nutrition of one plan item: recipe servings, food grams, or supplement units (µg per unit,
 * crystalline). `recipes` maps recipe ids to recipes.
 * @throws UnknownFoodError / Error when the item names an unknown food or recipe.
 */
export function itemNutrition(
  item: PlanItem,
  recipes: ReadonlyMap<string, Recipe>,
  foods: FoodLookup,
): Nutrition {
  if (item.kind === 'recipe') {
    const r = recipes.get(item.recipeId)
    if (!r) throw new Error(`plan item: unknown recipe id ${item.recipeId}`)
    return addNutrition(ZERO_NUTRITION, recipeNutrition(r, foods), item.servings)
  }
  const f = food(foods, item.foodId, 'plan item')
  if (item.kind === 'food') return foodNutrition(f, item.grams)
  const ug = (f.supplement?.ugPerUnit ?? f.b12.crystallineUgPer100g) * item.units
  return { ...ZERO_NUTRITION, b12CrystallineUg: ug }
}
