/**
 * The person's own recipes (the starter library ships with the app). Rows are checked with the
 * core's validateUserRecipe on the way in and out.
 */
import type { FoodRecord } from '../../../core/foods/types'
import type { FoodLookup } from '../../../core/planning/recipe-nutrition'
import type { Recipe } from '../../../core/planning/types'
import { validateUserRecipe, type RecipeFieldError } from '../../../core/planning/user-recipe'
import type { AppDb } from '../app-db'
import type { RecipeRow } from '../rows'

export class RecipeValidationError extends Error {
  override name = 'RecipeValidationError'
  constructor(readonly errors: RecipeFieldError[]) {
    super(errors.map((e) => e.message).join(' '))
  }
}

export function createRecipesRepo(db: AppDb, now: () => string) {
  return {
    /** The person's recipes; rows that no longer validate (e.g. a deleted food) are skipped. */
    async list(foods: ReadonlyMap<string, FoodRecord>): Promise<Recipe[]> {
      const rows = await db.recipes.toArray()
      return rows.flatMap((row) => {
        const result = validateUserRecipe(row, foods as FoodLookup)
        return result.ok ? [result.recipe] : []
      })
    },
    async save(input: unknown, foods: ReadonlyMap<string, FoodRecord>): Promise<Recipe> {
      const result = validateUserRecipe(input, foods as FoodLookup)
      if (!result.ok) throw new RecipeValidationError(result.errors)
      await db.recipes.put({ ...result.recipe, updatedAt: now() } as unknown as RecipeRow)
      return result.recipe
    },
    /** How many planned meals use the recipe (to ask before deleting it). */
    usage: (id: string): Promise<number> => db.planEntries.where('recipeId').equals(id).count(),
    async remove(id: string): Promise<RecipeRow | undefined> {
      return db.transaction('rw', db.recipes, async () => {
        const row = await db.recipes.get(id)
        if (row) await db.recipes.delete(id)
        return row
      })
    },
    async restore(row: RecipeRow): Promise<void> {
      await db.recipes.put(row)
    },
  }
}

export type RecipesRepo = ReturnType<typeof createRecipesRepo>
