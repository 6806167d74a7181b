/**
 * "Generate a week" with the mixed-integer optimiser. Design (after the performance anchors):
 * one small MIP per person and day over a pre-filtered candidate pool (day-model.ts), solved in
 * sequence. Each day is solved to optimality by the exact branch-and-bound search of
 * day-search.ts (the model's optimum in about a millisecond); HiGHS solves the days the search
 * hands back (past its budget, or with secant absorption), and `daySolver: 'mip'` sends it
 * every day. Week-level rules are carried between solves as counters: recipe uses so far
 * (≤ 3 a week), ingredients already bought (reuse bonus), what others eat at the same meal
 * (sharing bonus). Each solution is read back, placed and reviewed with the exact absorption
 * curve; misses come back as infeasibilities with numbers (never a dose: §6a.6). When the
 * solver fails, that day falls back to the greedy choice. Babies under 1 are not planned for
 * (§6a.3): they come back in `skipped` and their entries are kept untouched.
 */
import { buildDayModel, readDayChoices, searchChoices } from './day-model'
import { searchDay } from './day-search'
import { greedyDay } from './greedy'
import type { MipSolver } from './linear-model'
import type { RecipeId } from './types'
import { remainingUses, type GenerateWeekInput } from './week-context'
import { runWeekAsync, type GenerateStats, type GenerateWeekResult } from './week-runner'

/**
 * Generates (or regenerates part of) a week for one person or a household. Locked entries and
 * everything outside `input.scope` are kept and counted. Deterministic for `input.seed` and a
 * deterministic solver.
 */
export async function generateWeek(
  input: GenerateWeekInput,
  solver: MipSolver,
): Promise<GenerateWeekResult> {
  const stats: GenerateStats = {
    solves: 0,
    searched: 0,
    fallbacks: 0,
    maxVariables: 0,
    objective: 0,
  }
  const result = await runWeekAsync(input, async (ctx, p, free, fixed, targets) => {
    const remaining = new Map<RecipeId, number>()
    const left = remainingUses(p)
    for (const slot of free)
      for (const c of slot.candidates) remaining.set(c.facts.recipe.id, left(c.facts.recipe.id))
    const dm = buildDayModel({
      free,
      fixed,
      targets,
      remaining,
      weights: ctx.weights,
      absorption: input.absorption,
    })
    stats.solves++
    stats.maxVariables = Math.max(stats.maxVariables, dm.picks.length)
    // The exact search first (the same optimum, in milliseconds); HiGHS when it gives up.
    const found = input.daySolver !== 'mip' && dm.search ? searchDay(dm.search) : null
    if (found) {
      stats.searched++
      stats.objective += found.objective
      return searchChoices(dm, found.picks)
    }
    const solution = await solver.solve(dm.model)
    if (solution.status === 'optimal' || solution.status === 'feasible') {
      const choices = readDayChoices(dm, solution.values)
      if (choices.length === free.length) {
        stats.objective += solution.objective
        return choices
      }
    }
    stats.fallbacks++
    return greedyDay(free, fixed, targets, ctx.weights)
  })
  result.stats = stats
  return result
}
