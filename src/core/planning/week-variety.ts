/**
 * How varied one person's week is (issue 14's variety rules): distinct recipes, how often each
 * recipe is planned, and back-to-back repeats (the same recipe at the same meal on consecutive
 * days). Used by the generator's report and by the benchmarks, so both count alike.
 */
import { addDays } from '../dates'
import type { PlanEntry, ProfileId, RecipeId } from './types'

/** The aim: any recipe at most this many times in one person's week (a soft rule, reported). */
export const VARIETY_MAX_USES = 2

export interface WeekVariety {
  profileId: ProfileId
  /** Recipe meals planned for the person this week. */
  recipeMeals: number
  distinctRecipes: number
  /** Uses of each recipe this week. */
  uses: ReadonlyMap<RecipeId, number>
  maxUses: number
  /** The same recipe at the same meal on two consecutive days, counted once per such pair. */
  backToBack: number
  /** Recipes planned more than VARIETY_MAX_USES times, with their uses (most first). */
  overused: readonly { recipeId: RecipeId; uses: number }[]
}

/** The variety of one person's recipe meals among `entries` (other people's are ignored). */
export function weekVariety(entries: readonly PlanEntry[], profileId: ProfileId): WeekVariety {
  const uses = new Map<RecipeId, number>()
  const meal = new Map<string, Set<RecipeId>>()
  const mealKey = (date: string, slot: string): string => `${date} ${slot}`
  for (const e of entries) {
    if (e.profileId !== profileId || e.item.kind !== 'recipe') continue
    const id = e.item.recipeId
    uses.set(id, (uses.get(id) ?? 0) + 1)
    const key = mealKey(e.date, e.slot)
    meal.set(key, (meal.get(key) ?? new Set()).add(id))
  }
  let backToBack = 0
  for (const e of entries) {
    if (e.profileId !== profileId || e.item.kind !== 'recipe') continue
    const next = meal.get(mealKey(addDays(e.date, 1), e.slot))
    if (next?.has(e.item.recipeId)) backToBack++
  }
  const counts = [...uses.values()]
  return {
    profileId,
    recipeMeals: counts.reduce((a, b) => a + b, 0),
    distinctRecipes: uses.size,
    uses,
    maxUses: counts.length === 0 ? 0 : Math.max(...counts),
    backToBack,
    overused: [...uses]
      .filter(([, n]) => n > VARIETY_MAX_USES)
      .map(([recipeId, n]) => ({ recipeId, uses: n }))
      .sort((a, b) => b.uses - a.uses || (a.recipeId < b.recipeId ? -1 : 1)),
  }
}
