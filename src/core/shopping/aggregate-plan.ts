/**
 * Step 1 of the list: every recipe ingredient, food and supplement in the chosen days and
 * household members, scaled by servings and merged by food. Exact sums; no rounding.
 */
import type { FoodId } from '../foods/types'
import { scaledIngredients } from '../planning/recipe-scale'
import type { PlanEntry, ProfileId, Recipe, RecipeId } from '../planning/types'
import type { ToBuying } from './buying-yields'
import type { DateRange } from './types'

/** Per-food totals from the plan. */
export interface FoodTotal {
  foodId: FoodId
  /** Grams of a food (recipe ingredients scaled by servings, plus direct food entries). */
  grams: number
  /** Units of a supplement (tablets, sprays). */
  units: number
  recipeIds: Set<RecipeId>
  profiles: Set<ProfileId>
  /** Also eaten on its own, outside any recipe. */
  direct: boolean
  /** The foods the plan names that are bought as this one (cooked rice → dry rice); sorted on use. */
  usedAs: Set<FoodId>
}

export interface PlanTotals {
  totals: Map<FoodId, FoodTotal>
  missingRecipes: Set<string>
}

export interface AggregateFilter {
  range: DateRange
  /** Members to include; null or undefined = everyone. */
  profileIds?: readonly ProfileId[] | null
}

const positive = (n: number): boolean => Number.isFinite(n) && n > 0

/** Whether a plan entry is in the range (inclusive, YYYY-MM-DD compared as text) and household. */
export function entryIncluded(entry: PlanEntry, filter: AggregateFilter): boolean {
  if (entry.date < filter.range.from || entry.date > filter.range.to) return false
  return filter.profileIds == null || filter.profileIds.includes(entry.profileId)
}

function totalFor(totals: Map<FoodId, FoodTotal>, foodId: FoodId): FoodTotal {
  let t = totals.get(foodId)
  if (!t) {
    t = {
      foodId,
      grams: 0,
      units: 0,
      recipeIds: new Set(),
      profiles: new Set(),
      direct: false,
      usedAs: new Set(),
    }
    totals.set(foodId, t)
  }
  return t
}

/**
 * Sums the plan by food. A recipe entry adds ingredient grams × servings / recipe.servings for
 * every ingredient; a food entry adds its grams; a supplement entry adds its units. Entries with
 * servings, grams or units that are not positive finite numbers add nothing, as do recipes with
 * servings ≤ 0 and ingredients with non-positive grams. Unknown recipe ids are reported in
 * missingRecipes. Totals do not depend on entry order (up to float rounding).
 * With `toBuying`, food grams (not supplement units) are first turned into what is bought
 * (cooked rice → dry rice grams), so lines merge by the bought food; the used food is kept in
 * usedAs when it differs.
 */
export function aggregatePlan(
  entries: readonly PlanEntry[],
  recipes: ReadonlyMap<string, Recipe>,
  filter: AggregateFilter,
  toBuying?: ToBuying,
): PlanTotals {
  const totals = new Map<FoodId, FoodTotal>()
  const missingRecipes = new Set<string>()
  for (const entry of entries) {
    if (!entryIncluded(entry, filter)) continue
    const item = entry.item
    if (item.kind === 'recipe') {
      const recipe = recipes.get(item.recipeId)
      if (!recipe) {
        missingRecipes.add(item.recipeId)
        continue
      }
      if (!positive(item.servings) || !positive(recipe.servings)) continue
      for (const ing of scaledIngredients(recipe, item.servings)) {
        if (!positive(ing.grams)) continue
        for (const bought of toBuying ? toBuying(ing.foodId, ing.grams) : [ing]) {
          const t = totalFor(totals, bought.foodId)
          if (bought.foodId !== ing.foodId) t.usedAs.add(ing.foodId)
          t.grams += bought.grams
          t.recipeIds.add(recipe.id)
          t.profiles.add(entry.profileId)
        }
      }
    } else if (item.kind === 'food') {
      if (!positive(item.grams)) continue
      for (const bought of toBuying ? toBuying(item.foodId, item.grams) : [item]) {
        const t = totalFor(totals, bought.foodId)
        if (bought.foodId !== item.foodId) t.usedAs.add(item.foodId)
        t.grams += bought.grams
        t.direct = true
        t.profiles.add(entry.profileId)
      }
    } else {
      if (!positive(item.units)) continue
      const t = totalFor(totals, item.foodId)
      t.units += item.units
      t.direct = true
      t.profiles.add(entry.profileId)
    }
  }
  return { totals, missingRecipes }
}

/** Recipes keyed by id, for aggregatePlan. Later duplicates win. */
export function recipesById(recipes: readonly Recipe[]): Map<RecipeId, Recipe> {
  return new Map(recipes.map((r) => [r.id, r]))
}
