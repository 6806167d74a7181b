/**
 * The mixed-integer model of one person's day.
 *
 * Variables
 * - y[s,r,k] ∈ {0,1}: recipe r at serving size k (0.5…2) in free slot s; Σ_{r,k} y[s,r,k] = 1.
 * - Absorbed B12 per eating event s. Exact mode (default): one choice fills an open slot, so the
 *   event holds fixed µg (locked items, supplements) + that choice's µg, and its absorption
 *   A(fixed + µg·k) is a per-choice constant: absorbed[s] = Σ A(·)·y[s,r,k], linear and exact;
 *   slots with no open choice add their constant A(fixed). Secant mode: z[s] ≥ 0 with
 *   z[s] ≤ slope·d[s] + intercept for every chord of A and z[s] ≤ cap (absorption-bound.ts),
 *   d[s] = Σ µg·k·y + fixed; zc[s] the same for the crystalline part. Both never exceed A.
 * - Elastic slacks (kcal, g, µg) that let the model return the best day when a target cannot
 *   be met, at a penalty far above every soft goal, so they are zero whenever the day is feasible.
 *
 * Constraints: energy in [0.9, 1.1] × target; protein ≥ floor; Σ z ≥ 0.5 × RDA; Σ zc ≥ half of
 * that when crystalline B12 is needed; a recipe at most once a day and no more than its weekly
 * uses left; grams of a daily-capped food (eggs, portions.ts) ≤ the person's cap, elastic.
 * Objective (max): Σ score·y − cost·servings − balance·(|meal kcal − slot's ideal| beyond a tolerance) + absorbed
 * bonus − |kcal − target| − slack penalties. The balance term is a constant per choice, so
 * spreading energy over the day's meals (not one double serving) adds no variables.
 */
import { absorbedFromEvent } from '../b12'
import type { FoodId } from '../foods/types'
import { ABSORPTION_CAP, secantsUpTo } from './absorption-bound'
import type { DaySearch, SearchPick } from './day-search'
import { ModelBuilder, type LinearModel, type LinearTerm } from './linear-model'
import type { DailyTargets } from './person'
import { DAILY_FOOD_CAPS, dailyFoodCapG, imbalanceKcal } from './portions'
import { addNutrition, ZERO_NUTRITION } from './recipe-nutrition'
import type { Candidate, PlannerWeights } from './scoring'
import type { MealSlot, RecipeId } from './types'

export interface FreeSlot {
  slot: MealSlot
  candidates: Candidate[]
}

/** What locked entries and the person's own supplements already bring to the day. */
export interface FixedIntake {
  energyKcal: number
  proteinG: number
  /** µg B12 (food + crystalline) and µg crystalline per slot. */
  b12Ug: Record<MealSlot, number>
  crystallineUg: Record<MealSlot, number>
  /** Grams of each daily-capped food (DAILY_FOOD_CAPS key) kept entries already bring. */
  cappedG?: Readonly<Record<string, number>>
}

export interface DayModelInput {
  free: FreeSlot[]
  fixed: FixedIntake
  targets: DailyTargets
  /** Uses left this week per recipe (absent = unlimited within the day's once rule). */
  remaining: ReadonlyMap<RecipeId, number>
  weights: PlannerWeights
  /**
   * How absorbed B12 enters the model. 'exact' (default): each open slot holds exactly one
   * choice, so its event's µg is fixed µg + that choice's µg and A() of it is a constant per
   * choice: Σ A(·)·y is linear and exact. 'secant': the general chord bound on the event total,
   * for events whose total is a sum of several free choices; never above A, slightly below.
   */
  absorption?: 'exact' | 'secant'
}

export interface DayChoice {
  slot: MealSlot
  recipeId: RecipeId
  servings: number
  /** A side eaten with the recipe (shared dish + topping), grams as eaten. */
  side?: { foodId: FoodId; grams: number }
}

export interface DayModel {
  model: LinearModel
  /** The y variables, for reading the solution back. */
  picks: { v: number; choice: DayChoice }[]
  /**
   * The same day for the exact search (day-search.ts), pick for pick; absent in secant mode,
   * where an event's absorption is not a constant per choice.
   */
  search?: DaySearch
}

const SLOTS: readonly MealSlot[] = ['breakfast', 'lunch', 'dinner', 'snack']

function absorptionRows(
  b: ModelBuilder,
  name: string,
  d: LinearTerm[],
  fixed: number,
  maxUg: number,
): number {
  // d = Σ µg·y + fixed as its own variable, so each chord row has two entries, not a whole slot.
  const dv = b.addVar(`d_${name}`, fixed, Math.max(fixed, maxUg))
  b.addConstraint(
    `d_${name}`,
    [{ v: dv, coef: 1 }, ...d.map((t) => ({ v: t.v, coef: -t.coef }))],
    fixed,
    fixed,
  )
  const z = b.addVar(name, 0, ABSORPTION_CAP)
  for (const [i, s] of secantsUpTo(maxUg).entries()) {
    b.addConstraint(
      `${name}_k${i}`,
      [
        { v: z, coef: 1 },
        { v: dv, coef: -s.slope },
      ],
      -Infinity,
      s.intercept,
    )
  }
  return z
}

interface SecantInput {
  d: Map<MealSlot, LinearTerm[]>
  dc: Map<MealSlot, LinearTerm[]>
  maxD: Map<MealSlot, number>
  maxC: Map<MealSlot, number>
  fixed: FixedIntake
  w: PlannerWeights
  needCrystalline: boolean
}

/** Secant mode: one z (and zc) per event bounded by the chords; returns Σ z and Σ zc terms. */
function secantRows(b: ModelBuilder, x: SecantInput): [LinearTerm[], LinearTerm[]] {
  const absorbed: LinearTerm[] = []
  const crystalline: LinearTerm[] = []
  for (const s of SLOTS) {
    const maxD = x.maxD.get(s) ?? 0
    if (maxD <= 0) continue
    const z = absorptionRows(b, `z_${s}`, x.d.get(s) ?? [], x.fixed.b12Ug[s], maxD)
    b.objective.push({ v: z, coef: x.w.absorbedUg })
    absorbed.push({ v: z, coef: 1 })
    const maxC = x.maxC.get(s) ?? 0
    if (x.needCrystalline && maxC > 0) {
      crystalline.push({
        v: absorptionRows(b, `zc_${s}`, x.dc.get(s) ?? [], x.fixed.crystallineUg[s], maxC),
        coef: 1,
      })
    }
  }
  return [absorbed, crystalline]
}

interface CappedTerm extends LinearTerm {
  slot: MealSlot
}

/**
 * Grams of each daily-capped food ≤ the person's cap less what locked meals bring, with an
 * elastic slack at `foodCapG` per gram. A row only where the cap can bind: the food is offered
 * in two or more meals, or one choice alone exceeds what is left (the model stays small).
 */
function foodCapRows(
  b: ModelBuilder,
  capped: ReadonlyMap<string, CappedTerm[]>,
  fixed: FixedIntake,
  t: DailyTargets,
  w: PlannerWeights,
): (number | null)[] {
  return DAILY_FOOD_CAPS.map((cap) => {
    const terms = capped.get(cap.key) ?? []
    // What locked meals already bring of the food comes off the day's cap.
    const limit = dailyFoodCapG(cap, t.energyKcal) - (fixed.cappedG?.[cap.key] ?? 0)
    const slots = new Set(terms.map((x) => x.slot))
    if (slots.size < 2 && !terms.some((x) => x.coef > limit)) return null
    const over = b.addVar(`slack_cap_${cap.key}`, 0, Infinity, false, -w.foodCapG)
    b.addConstraint(
      `cap_${cap.key}`,
      [...terms.map(({ v, coef }) => ({ v, coef })), { v: over, coef: -1 }],
      -Infinity,
      limit,
    )
    return limit
  })
}

/** Grams of each daily-capped food in a choice: the recipe's at `k` servings, and its side's. */
function cappedGrams(c: Candidate, k: number): number[] {
  return DAILY_FOOD_CAPS.map(
    (cap) =>
      (c.facts.cappedGramsPerServing[cap.key] ?? 0) * k +
      (c.side && cap.matches(c.side.food) ? c.side.grams : 0),
  )
}

/** Builds the day model. Slots without candidates are left out (the caller reports them). */
export function buildDayModel(input: DayModelInput): DayModel {
  const { free, fixed, targets: t, weights: w } = input
  const b = new ModelBuilder('max')
  const picks: DayModel['picks'] = []
  const energy: LinearTerm[] = []
  const protein: LinearTerm[] = []
  const d = new Map<MealSlot, LinearTerm[]>(SLOTS.map((s) => [s, []]))
  const dc = new Map<MealSlot, LinearTerm[]>(SLOTS.map((s) => [s, []]))
  const maxD = new Map<MealSlot, number>(SLOTS.map((s) => [s, fixed.b12Ug[s]]))
  const maxC = new Map<MealSlot, number>(SLOTS.map((s) => [s, fixed.crystallineUg[s]]))
  const byRecipe = new Map<RecipeId, LinearTerm[]>()
  const exact = (input.absorption ?? 'exact') === 'exact'
  const absorbedExact: LinearTerm[] = []
  const crystallineExact: LinearTerm[] = []
  const openSet = new Set<MealSlot>()
  const capped = new Map<string, CappedTerm[]>()
  const sides: LinearTerm[] = []
  const own: LinearTerm[] = []
  const searchPicks: SearchPick[] = []
  for (const { slot, candidates } of free) {
    if (candidates.length === 0) continue
    const meal = openSet.size
    openSet.add(slot)
    const one: LinearTerm[] = []
    let slotMax = 0
    let slotMaxC = 0
    for (const c of candidates) {
      const id = c.facts.recipe.id
      for (const k of c.levels) {
        // A side (shared dish + a per-person topping) is its own choice: nutrition of both.
        const n = addNutrition(c.side?.nutrition ?? ZERO_NUTRITION, c.facts.perServing, k)
        const cappedG = cappedGrams(c, k)
        const points =
          c.score -
          w.cost * c.facts.costPerServing * k -
          w.balanceKcal * imbalanceKcal(slot, n.energyKcal, t)
        const v = b.addVar(
          `y_${slot}_${id}_${k}${c.side ? `_${c.side.key}` : ''}`,
          0,
          1,
          true,
          points,
        )
        const side = c.side && { foodId: c.side.food.id, grams: c.side.grams }
        picks.push({ v, choice: { slot, recipeId: id, servings: k, ...(side && { side }) } })
        if (exact) {
          const a = absorbedFromEvent(fixed.b12Ug[slot] + n.b12FoodUg + n.b12CrystallineUg)
          const ac = absorbedFromEvent(fixed.crystallineUg[slot] + n.b12CrystallineUg)
          absorbedExact.push({ v, coef: a })
          b.objective.push({ v, coef: w.absorbedUg * a })
          crystallineExact.push({ v, coef: ac })
          searchPicks.push({
            meal,
            recipeId: id,
            points: points + w.absorbedUg * a,
            energyKcal: n.energyKcal,
            proteinG: n.proteinG,
            absorbedUg: a,
            crystallineUg: ac,
            side: c.side !== undefined,
            ownDiet: c.ownDiet === true,
            cappedG,
          })
        }
        one.push({ v, coef: 1 })
        if (c.side) sides.push({ v, coef: 1 })
        if (c.ownDiet) own.push({ v, coef: -1 })
        energy.push({ v, coef: n.energyKcal })
        protein.push({ v, coef: n.proteinG })
        d.get(slot)?.push({ v, coef: n.b12FoodUg + n.b12CrystallineUg })
        dc.get(slot)?.push({ v, coef: n.b12CrystallineUg })
        slotMax = Math.max(slotMax, n.b12FoodUg + n.b12CrystallineUg)
        slotMaxC = Math.max(slotMaxC, n.b12CrystallineUg)
        const list = byRecipe.get(id) ?? []
        list.push({ v, coef: 1 })
        byRecipe.set(id, list)
        DAILY_FOOD_CAPS.forEach((cap, i) => {
          const g = cappedG[i] ?? 0
          if (g <= 0) return
          const terms = capped.get(cap.key) ?? []
          terms.push({ v, coef: g, slot })
          capped.set(cap.key, terms)
        })
      }
    }
    b.addConstraint(`one_${slot}`, one, 1, 1)
    maxD.set(slot, (maxD.get(slot) ?? 0) + slotMax)
    maxC.set(slot, (maxC.get(slot) ?? 0) + slotMaxC)
  }
  // At most one side a day: a topping for the person, not a second dinner at every meal.
  if (sides.length > 1) b.addConstraint('sides', sides, -Infinity, 1)
  // The own-diet points, once a day: o ≤ Σ y over choices of the person's own diet, o ≤ 1.
  if (own.length > 0) {
    const o = b.addVar('own_diet', 0, 1, false, w.ownDiet)
    b.addConstraint('own_diet', [{ v: o, coef: 1 }, ...own], -Infinity, 0)
  }
  const forbidden = new Set<RecipeId>()
  for (const [id, terms] of byRecipe) {
    const left = Math.min(1, input.remaining.get(id) ?? 1)
    if (left <= 0) forbidden.add(id)
    if (terms.length > 1 || left < 1) b.addConstraint(`once_${id}`, terms, -Infinity, left)
  }
  const capLimitsG = foodCapRows(b, capped, fixed, t, w)
  // Energy band with elastic slacks and a deviation penalty inside the band.
  const eLow = b.addVar('slack_energy_low', 0, Infinity, false, -w.slackEnergyKcal)
  const eHigh = b.addVar('slack_energy_high', 0, Infinity, false, -w.slackEnergyKcal)
  b.addConstraint(
    'energy_min',
    [...energy, { v: eLow, coef: 1 }],
    t.energyMinKcal - fixed.energyKcal,
    Infinity,
  )
  b.addConstraint(
    'energy_max',
    [...energy, { v: eHigh, coef: -1 }],
    -Infinity,
    t.energyMaxKcal - fixed.energyKcal,
  )
  const over = b.addVar('dev_over', 0, Infinity, false, -w.energyDeviationKcal)
  const under = b.addVar('dev_under', 0, Infinity, false, -w.energyDeviationKcal)
  const target = t.energyKcal - fixed.energyKcal
  b.addConstraint(
    'energy_dev',
    [...energy, { v: over, coef: -1 }, { v: under, coef: 1 }],
    target,
    target,
  )
  const pLow = b.addVar('slack_protein', 0, Infinity, false, -w.slackProteinG)
  b.addConstraint(
    'protein_min',
    [...protein, { v: pLow, coef: 1 }],
    t.proteinMinG - fixed.proteinG,
    Infinity,
  )
  // Absorbed B12 per event.
  let absorbed: LinearTerm[] = absorbedExact
  let crystalline: LinearTerm[] = crystallineExact
  let fixedAbsorbed = 0
  let fixedCrystalline = 0
  if (exact) {
    for (const s of SLOTS) {
      if (openSet.has(s)) continue
      fixedAbsorbed += absorbedFromEvent(fixed.b12Ug[s])
      fixedCrystalline += absorbedFromEvent(fixed.crystallineUg[s])
    }
  } else {
    ;[absorbed, crystalline] = secantRows(b, {
      d,
      dc,
      maxD,
      maxC,
      fixed,
      w,
      needCrystalline: t.crystallineAbsorbedUg > 0,
    })
  }
  const bLow = b.addVar('slack_b12', 0, Infinity, false, -w.slackB12Ug)
  b.addConstraint(
    'b12_min',
    [...absorbed, { v: bLow, coef: 1 }],
    t.b12AbsorbedUg - fixedAbsorbed,
    Infinity,
  )
  if (t.crystallineAbsorbedUg > 0) {
    const cLow = b.addVar('slack_crystalline', 0, Infinity, false, -w.slackB12Ug)
    b.addConstraint(
      'crystalline_min',
      [...crystalline, { v: cLow, coef: 1 }],
      t.crystallineAbsorbedUg - fixedCrystalline,
      Infinity,
    )
  }
  const search: DaySearch | undefined = exact
    ? {
        picks: searchPicks,
        openMeals: openSet.size,
        energyMinKcal: t.energyMinKcal - fixed.energyKcal,
        energyMaxKcal: t.energyMaxKcal - fixed.energyKcal,
        energyTargetKcal: target,
        proteinMinG: t.proteinMinG - fixed.proteinG,
        b12NeedUg: t.b12AbsorbedUg - fixedAbsorbed,
        crystallineNeedUg:
          t.crystallineAbsorbedUg > 0 ? t.crystallineAbsorbedUg - fixedCrystalline : null,
        capLimitsG,
        forbidden,
        weights: w,
      }
    : undefined
  return { model: b.build(), picks, ...(search && { search }) }
}

/** The choices of an exact search's picks (indexes into `dm.picks`). */
export function searchChoices(dm: DayModel, picks: readonly number[]): DayChoice[] {
  return picks.flatMap((i) => {
    const pick = dm.picks[i]
    return pick ? [pick.choice] : []
  })
}

/** The chosen recipe and serving size per slot (the largest y per slot, robust to rounding). */
export function readDayChoices(dm: DayModel, values: readonly number[]): DayChoice[] {
  const best = new Map<MealSlot, { value: number; choice: DayChoice }>()
  for (const { v, choice } of dm.picks) {
    const value = values[v] ?? 0
    const cur = best.get(choice.slot)
    if (value > 0.5 && (!cur || value > cur.value)) best.set(choice.slot, { value, choice })
  }
  return [...best.values()].map((x) => x.choice)
}
