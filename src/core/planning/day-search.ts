/**
 * An exact solver for the day model in its default ('exact' absorption) form: depth-first
 * branch and bound over the open meals instead of a general MIP solve.
 *
 * Why: a day has at most four open meals and each holds exactly one choice. Everything the
 * model couples across meals is a sum (kcal, protein, absorbed B12, crystalline B12, grams of a
 * capped food) or a count (one side, each recipe once, the own-diet "any"), and every penalty
 * is ≥ 0 and taken off. So the search takes meals in turn, each meal's choices best points
 * first, and bounds a partial day by its points, the best points each later meal can add, the
 * own-diet bonus, less the penalties no later choice can avoid (B12, protein and kcal beyond
 * what the later meals can bring at most or at least). A branch whose bound cannot beat the
 * best day found is cut, and since choices come best first the rest of that meal goes with it.
 * The result is the model's optimum (the objective HiGHS maximises, with no gap), in about a
 * millisecond where a HiGHS solve of the same model costs 25–60 ms in WASM (figures in
 * bench/RESULTS.md; tests/unit/core/planning/day-search.test.ts checks it against HiGHS).
 *
 * Past its budget of visited choices the search gives up and the caller solves the
 * LinearModel with HiGHS instead, so a hard day never costs much more than before.
 */
import type { PlannerWeights } from './scoring'
import type { RecipeId } from './types'

/** One choice of the day model (a y variable), with everything the day's sums need. */
export interface SearchPick {
  /** Index of the open meal the choice fills (0 … openMeals − 1). */
  meal: number
  recipeId: RecipeId
  /** The choice's own points (score, cost, balance, absorbed bonus), as in the objective. */
  points: number
  energyKcal: number
  proteinG: number
  /** µg absorbed from the meal's event with this choice (fixed µg of the meal included). */
  absorbedUg: number
  crystallineUg: number
  side: boolean
  ownDiet: boolean
  /** Grams of each daily-capped food, by cap index. */
  cappedG: readonly number[]
}

/** The day model's coupling rows, with what fixed entries bring already taken off. */
export interface DaySearch {
  picks: readonly SearchPick[]
  openMeals: number
  energyMinKcal: number
  energyMaxKcal: number
  energyTargetKcal: number
  proteinMinG: number
  b12NeedUg: number
  /** null when the day has no crystalline row. */
  crystallineNeedUg: number | null
  /** Limit per cap index; null where the model has no row for that cap. */
  capLimitsG: readonly (number | null)[]
  /** Recipes with no use left this week. */
  forbidden: ReadonlySet<RecipeId>
  weights: Pick<
    PlannerWeights,
    | 'ownDiet'
    | 'slackEnergyKcal'
    | 'energyDeviationKcal'
    | 'slackProteinG'
    | 'slackB12Ug'
    | 'foodCapG'
  >
}

export interface SearchResult {
  /** Indexes into `picks`, one per open meal. */
  picks: number[]
  /** The model's objective for that day (without the constant from closed meals). */
  objective: number
  /** Choices visited. */
  evaluated: number
}

/** Choices visited before the search gives the day back to the MIP solver. */
export const SEARCH_BUDGET = 400_000

/** For each meal from m on: the most (or least) the meals m … end can add of a quantity. */
function suffix(lists: readonly number[][], value: (i: number) => number, most: boolean): number[] {
  const out = new Array<number>(lists.length + 1).fill(0)
  for (let m = lists.length - 1; m >= 0; m--) {
    let v = most ? -Infinity : Infinity
    for (const i of lists[m] ?? []) v = most ? Math.max(v, value(i)) : Math.min(v, value(i))
    out[m] = (out[m + 1] ?? 0) + v
  }
  return out
}

/**
 * The best day, or null when there is no open meal, an open meal has no allowed choice, or the
 * search passes `budget` visited choices (then the caller solves the model with HiGHS).
 * Deterministic: ties keep the day found first (choices in points order, then pick order).
 */
export function searchDay(s: DaySearch, budget = SEARCH_BUDGET): SearchResult | null {
  const n = s.openMeals
  if (n === 0) return null
  const picks = s.picks
  const lists: number[][] = Array.from({ length: n }, () => [])
  picks.forEach((p, i) => {
    if (!s.forbidden.has(p.recipeId)) lists[p.meal]?.push(i)
  })
  if (lists.some((list) => list.length === 0)) return null
  const at = (i: number): SearchPick => {
    const p = picks[i]
    if (!p) throw new RangeError(`searchDay: no pick ${i}`)
    return p
  }
  for (const list of lists) list.sort((x, y) => at(y).points - at(x).points || x - y)
  const ids = new Map<RecipeId, number>()
  const recipeOf = Int32Array.from(picks, (p) => {
    if (!ids.has(p.recipeId)) ids.set(p.recipeId, ids.size)
    return ids.get(p.recipeId) ?? -1
  })
  const w = s.weights
  const bonus = picks.some((p) => p.ownDiet) ? w.ownDiet : 0
  const most = (f: (p: SearchPick) => number) => suffix(lists, (i) => f(at(i)), true)
  const bestPoints = most((p) => p.points)
  const mostAbsorbed = most((p) => p.absorbedUg)
  const mostCrystalline = most((p) => p.crystallineUg)
  const mostProtein = most((p) => p.proteinG)
  const mostKcal = most((p) => p.energyKcal)
  const leastKcal = suffix(lists, (i) => at(i).energyKcal, false)
  const caps = s.capLimitsG.length
  const chosen = new Int32Array(n)
  const capped = new Float64Array(caps)
  let best: { picks: number[]; value: number } | null = null
  let visited = 0

  /** Penalties of a finished day (exact), or the least any finish can pay from meal m on. */
  const penalty = (m: number, kcal: number, protein: number, absorbed: number, cr: number) => {
    const hi = kcal + (mostKcal[m] ?? 0)
    const lo = kcal + (leastKcal[m] ?? 0)
    const off =
      s.energyTargetKcal > hi
        ? s.energyTargetKcal - hi
        : s.energyTargetKcal < lo
          ? lo - s.energyTargetKcal
          : 0
    let cost =
      w.slackEnergyKcal * (Math.max(0, s.energyMinKcal - hi) + Math.max(0, lo - s.energyMaxKcal)) +
      w.energyDeviationKcal * off +
      w.slackProteinG * Math.max(0, s.proteinMinG - protein - (mostProtein[m] ?? 0)) +
      w.slackB12Ug * Math.max(0, s.b12NeedUg - absorbed - (mostAbsorbed[m] ?? 0))
    if (s.crystallineNeedUg !== null)
      cost += w.slackB12Ug * Math.max(0, s.crystallineNeedUg - cr - (mostCrystalline[m] ?? 0))
    if (m === n) {
      for (let k = 0; k < caps; k++) {
        const limit = s.capLimitsG[k]
        if (limit !== null && limit !== undefined)
          cost += w.foodCapG * Math.max(0, (capped[k] ?? 0) - limit)
      }
    }
    return cost
  }

  const visit = (
    m: number,
    points: number,
    kcal: number,
    protein: number,
    absorbed: number,
    cr: number,
    sides: number,
    own: boolean,
  ): boolean => {
    for (const i of lists[m] ?? []) {
      const p = at(i)
      const pts = points + p.points
      // Choices come best points first: once the bound fails here it fails for the rest.
      if (best && pts + (bestPoints[m + 1] ?? 0) + bonus <= best.value) return true
      if (++visited > budget) return false
      if (p.side && sides > 0) continue
      const r = recipeOf[i] ?? -1
      let repeat = false
      for (let k = 0; k < m; k++) if (recipeOf[chosen[k] ?? -1] === r) repeat = true
      if (repeat) continue
      const e = kcal + p.energyKcal
      const pr = protein + p.proteinG
      const ab = absorbed + p.absorbedUg
      const c = cr + p.crystallineUg
      const o = own || p.ownDiet
      chosen[m] = i
      for (let k = 0; k < caps; k++) capped[k] = (capped[k] ?? 0) + (p.cappedG[k] ?? 0)
      let ok = true
      if (m + 1 === n) {
        const value = pts + (o ? w.ownDiet : 0) - penalty(n, e, pr, ab, c)
        if (!best || value > best.value) best = { picks: [...chosen], value }
      } else {
        const bound = pts + (bestPoints[m + 1] ?? 0) + bonus - penalty(m + 1, e, pr, ab, c)
        if (!best || bound > best.value)
          ok = visit(m + 1, pts, e, pr, ab, c, sides + (p.side ? 1 : 0), o)
      }
      for (let k = 0; k < caps; k++) capped[k] = (capped[k] ?? 0) - (p.cappedG[k] ?? 0)
      if (!ok) return false
    }
    return true
  }

  if (!visit(0, 0, 0, 0, 0, 0, 0, false) || !best) return null
  const found: { picks: number[]; value: number } = best
  return { picks: found.picks, objective: found.value, evaluated: visited }
}
