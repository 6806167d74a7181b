/**
 * The soft-goal score of a finished week, independent of how it was made (no noise, no solve
 * order): Σ over recipe entries of base + preference − cost × servings − prep time, plus the
 * reuse bonus on the final week (share of each meal's ingredients that another meal of the
 * week also uses). Used to compare the optimiser with the greedy baseline.
 */
import type { FoodId } from '../foods/types'
import type { PlannerPerson } from './person'
import { recipeFacts } from './recipe-facts'
import type { FoodLookup } from './recipe-nutrition'
import { DEFAULT_WEIGHTS, mealScore, personRules, type PlannerWeights } from './scoring'
import type { PlanEntry, Recipe } from './types'

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
  const foodUses = new Map<FoodId, number>()
  for (const e of plan) {
    if (e.item.kind !== 'recipe') continue
    for (const id of facts.get(e.item.recipeId)?.foodIds ?? [])
      foodUses.set(id, (foodUses.get(id) ?? 0) + 1)
  }
  let total = 0
  for (const e of plan) {
    if (e.item.kind !== 'recipe') continue
    const f = facts.get(e.item.recipeId)
    const r = rules.get(e.profileId)
    if (!f || !r) continue
    const shared = f.foodIds.filter((id) => (foodUses.get(id) ?? 0) > 1).length
    total +=
      mealScore(f, e.item.servings, r.preference(f), weights) +
      (weights.reuse * shared) / Math.max(1, f.foodIds.length)
  }
  return total
}
