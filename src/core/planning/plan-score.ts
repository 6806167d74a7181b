/**
 * The soft-goal score of a finished week, independent of how it was made (no noise, no solve
 * order): Σ over recipe entries of base + preference − cost × servings − prep time, plus the
 * reuse bonus on the final week (share of each meal's ingredients that another recipe of the
 * week also uses), minus the repetition cost of each person's repeated recipes (the same terms
 * the generator pays). Used to compare the optimiser with the greedy baseline.
 */
import type { FoodId } from '../foods/types'
import type { PlannerPerson } from './person'
import { recipeFacts } from './recipe-facts'
import type { FoodLookup } from './recipe-nutrition'
import { DEFAULT_WEIGHTS, mealScore, personRules, type PlannerWeights } from './scoring'
import type { PlanEntry, Recipe } from './types'
import { VARIETY_MAX_USES } from './week-variety'

/** Week score in points (higher is better). Entries of unknown people or recipes score 0. */
export function scoreWeek(
  plan: readonly PlanEntry[],
  people: readonly PlannerPerson[],
  recipes: readonly Recipe[],
  foods: FoodLookup,
  weights: PlannerWeights = DEFAULT_WEIGHTS,
): number {
  const facts = recipeFacts(recipes, foods)
  const rules = new Map(people.map((p) => [p.id as string, personRules(p, weights)]))
  // Which recipes use each food: reuse counts only across different recipes.
  const foodRecipes = new Map<FoodId, Set<string>>()
  for (const e of plan) {
    if (e.item.kind !== 'recipe') continue
    for (const id of facts.get(e.item.recipeId)?.foodIds ?? [])
      foodRecipes.set(id, (foodRecipes.get(id) ?? new Set()).add(e.item.recipeId))
  }
  const uses = new Map<string, number>()
  let total = 0
  for (const e of plan) {
    if (e.item.kind !== 'recipe') continue
    const f = facts.get(e.item.recipeId)
    const r = rules.get(e.profileId)
    if (!f || !r) continue
    const shared = f.foodIds.filter((id) => (foodRecipes.get(id)?.size ?? 0) > 1).length
    const key = `${e.profileId} ${e.item.recipeId}`
    const before = uses.get(key) ?? 0
    uses.set(key, before + 1)
    total +=
      mealScore(f, e.item.servings, r.preference(f), weights) +
      (weights.reuse * shared) / Math.max(1, f.foodIds.length) -
      weights.repeat * before -
      (before >= VARIETY_MAX_USES ? weights.overuse : 0)
  }
  return total
}
