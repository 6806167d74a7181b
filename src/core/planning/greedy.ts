/**
 * The greedy baseline and instant fallback: for each open meal take the best-scoring candidate
 * (with a push towards B12-rich meals), then step serving sizes up or down until the day's
 * energy is inside its band. Milliseconds, but it ignores protein and the absorption curve's
 * shape, so its weeks are weaker and may break rules (the checker says which).
 */
import { absorbedFromEvent } from '../b12'
import type { DayIntake } from './day-intake'
import type { DayChoice, FreeSlot } from './day-model'
import type { DailyTargets } from './person'
import type { Candidate, PlannerWeights } from './scoring'
import type { RecipeId } from './types'
import { runWeekSync, type GenerateWeekResult } from './week-runner'
import type { GenerateWeekInput } from './week-context'

interface Pick {
  slot: DayChoice['slot']
  c: Candidate
  level: number
}

function nearestOne(levels: readonly number[]): number {
  return levels.reduce(
    (best, k) => (Math.abs(k - 1) < Math.abs(best - 1) ? k : best),
    levels[0] ?? 1,
  )
}

/** Greedy choices for one person's day (pure; deterministic for its inputs). */
export function greedyDay(
  free: readonly FreeSlot[],
  fixed: DayIntake,
  t: DailyTargets,
  w: PlannerWeights,
): DayChoice[] {
  const used = new Set<RecipeId>()
  const picks: Pick[] = []
  for (const { slot, candidates } of free) {
    let best: Pick | null = null
    let bestValue = -Infinity
    for (const c of candidates) {
      if (used.has(c.facts.recipe.id)) continue
      const n = c.facts.perServing
      const value =
        c.score +
        2 * w.absorbedUg * absorbedFromEvent(n.b12FoodUg + n.b12CrystallineUg) -
        w.cost * c.facts.costPerServing
      if (value > bestValue) {
        bestValue = value
        best = { slot, c, level: nearestOne(c.levels) }
      }
    }
    if (best) {
      used.add(best.c.facts.recipe.id)
      picks.push(best)
    }
  }
  const energy = () =>
    fixed.energyKcal +
    picks.reduce(
      (s, p) =>
        s + p.c.facts.perServing.energyKcal * p.level + (p.c.side?.nutrition.energyKcal ?? 0),
      0,
    )
  for (let guard = 0; guard < 16; guard++) {
    const e = energy()
    const up = e < t.energyMinKcal
    if (!up && e <= t.energyMaxKcal) break
    const movable = picks.filter((p) => p.c.levels.some((k) => (up ? k > p.level : k < p.level)))
    if (movable.length === 0) break
    const p = movable.reduce((a, b) =>
      a.c.facts.perServing.energyKcal >= b.c.facts.perServing.energyKcal ? a : b,
    )
    const next = up
      ? p.c.levels.find((k) => k > p.level)
      : p.c.levels.filter((k) => k < p.level).at(-1)
    if (next === undefined) break
    p.level = next
  }
  return picks.map((p) => ({
    slot: p.slot,
    recipeId: p.c.facts.recipe.id,
    servings: p.level,
    ...(p.c.side && { side: { foodId: p.c.side.food.id, grams: p.c.side.grams } }),
  }))
}

/**
 * Generates a week greedily (same rules, pools and scores as the optimiser, no solver).
 * Deterministic for a seed; returns the plan and the misses found by the review.
 */
export function generateGreedy(input: GenerateWeekInput): GenerateWeekResult {
  return runWeekSync(input, (ctx, _p, free, fixed, targets) =>
    greedyDay(free, fixed, targets, ctx.weights),
  )
}
