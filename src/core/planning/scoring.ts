/**
 * The soft goals (preferences, dislikes, cost, prep time, ingredient reuse, household sharing,
 * seeded perturbation) and the candidate pool: which recipes, at which serving sizes, a day
 * model may choose from for one person and slot.
 */
import { absorbedFromEvent } from '../b12'
import { allergenMatcher } from '../foods/allergens'
import type { SideOption } from './meal-sides'
import type { DailyTargets, PlannerPerson } from './person'
import { ADULT_SERVING_LEVELS, idealMealKcal, mealCeiling, servingLevels } from './portions'
import type { Random } from './prng'
import type { RecipeFacts } from './recipe-facts'
import type { MealSlot, RecipeId } from './types'

export interface PlannerWeights {
  /** Points for every meal placed (keeps week scores positive and comparable). */
  base: number
  like: number
  dislike: number
  /** Points per price unit. */
  cost: number
  /** Points per minute of preparation. */
  prepMinute: number
  /**
   * Points when every ingredient is already on the week's shopping list through another recipe
   * (the same recipe again earns nothing: reuse must not pay for repetition).
   */
  reuse: number
  /** Points lost per earlier use of the same recipe by the same person this week. */
  repeat: number
  /** Further points lost for a use beyond the variety aim (VARIETY_MAX_USES). */
  overuse: number
  /** Points for the recipe another household member eats at the same meal (a "together" meal). */
  share: number
  /**
   * Points for a day with a meal whose strictest diet is the person's own (meat or fish for an
   * omnivore, fish for a pescatarian, dairy or egg for a vegetarian), unless they dislike it,
   * paid on about 5 days a week (OWN_DIET_DAYS_AIM): people eat as their diet allows, not only
   * what the strictest member of the household can eat.
   */
  ownDiet: number
  /** Width of the seeded uniform perturbation, points. */
  noise: number
  /** Points per µg absorbed B12 (a small push beyond the target). */
  absorbedUg: number
  /** Points per kcal away from the energy target (inside the band). */
  energyDeviationKcal: number
  /** Penalties of the elastic model, per unit of shortfall (kcal, g, µg). */
  slackEnergyKcal: number
  slackProteinG: number
  slackB12Ug: number
  /** Points lost per kcal a meal is away from its slot's ideal share of the day (balance). */
  balanceKcal: number
  /** Points lost per gram over a daily food cap (eggs; portions.ts). */
  foodCapG: number
}

export const DEFAULT_WEIGHTS: Readonly<PlannerWeights> = Object.freeze({
  base: 10,
  like: 4,
  dislike: 6,
  cost: 1,
  prepMinute: 0.05,
  reuse: 2,
  repeat: 4,
  overuse: 12,
  share: 3,
  ownDiet: 4,
  noise: 3,
  absorbedUg: 1,
  energyDeviationKcal: 0.01,
  slackEnergyKcal: 20,
  slackProteinG: 100,
  slackB12Ug: 1000,
  balanceKcal: 0.02,
  foodCapG: 1,
})

/** Serving sizes the generator offers most people (small eaters get smaller ones: portions.ts). */
export const SERVING_LEVELS: readonly number[] = ADULT_SERVING_LEVELS

export interface PersonRules {
  /** Diet 'yes' and no allergen in any ingredient. */
  allowed(f: RecipeFacts): boolean
  /** Likes minus dislikes, points (soft). */
  preference(f: RecipeFacts): number
}

function textHit(terms: readonly string[], f: RecipeFacts): boolean {
  if (terms.length === 0) return false
  if (terms.includes(f.recipe.id)) return true
  const match = allergenMatcher(terms)
  const name = f.recipe.name.toLowerCase()
  return (
    f.foods.some(match) || terms.some((t) => !t.includes(':') && name.includes(t.toLowerCase()))
  )
}

/** The hard filter and preference score for one person. */
export function personRules(
  person: PlannerPerson,
  w: PlannerWeights = DEFAULT_WEIGHTS,
): PersonRules {
  // allergy words through allergen groups over the foods themselves (oats → oat drink)
  const allergic = allergenMatcher(person.allergies ?? [])
  const likes = person.likes ?? []
  const dislikes = person.dislikes ?? []
  return {
    allowed: (f) => f.diet[person.diet] === 'yes' && !f.foods.some(allergic),
    preference: (f) => (textHit(likes, f) ? w.like : 0) - (textHit(dislikes, f) ? w.dislike : 0),
  }
}

/** The person's rules with each answer kept per recipe (the pools ask thousands of times). */
export function rememberedRules(rules: PersonRules): PersonRules {
  const allowed = new Map<RecipeId, boolean>()
  const preference = new Map<RecipeId, number>()
  return {
    allowed(f) {
      let v = allowed.get(f.recipe.id)
      if (v === undefined) allowed.set(f.recipe.id, (v = rules.allowed(f)))
      return v
    },
    preference(f) {
      let v = preference.get(f.recipe.id)
      if (v === undefined) preference.set(f.recipe.id, (v = rules.preference(f)))
      return v
    },
  }
}

/**
 * The order-independent score of one meal: base + preference − cost − prep. Points.
 * The generator adds reuse, sharing and noise; the week scorer adds reuse on the final week.
 */
export function mealScore(
  f: RecipeFacts,
  servings: number,
  preference: number,
  w: PlannerWeights,
): number {
  return (
    w.base + preference - w.cost * f.costPerServing * servings - w.prepMinute * f.recipe.prepMinutes
  )
}

export interface Candidate {
  facts: RecipeFacts
  /** Points for choosing this recipe at this meal, before the serving-size cost. */
  score: number
  /** Serving sizes allowed for this person and slot. */
  levels: number[]
  /** A side or topping eaten with a shared dish, at fixed grams (its points are in `score`). */
  side?: SideOption
  /** This choice is of the person's own diet today (the day model pays `ownDiet` once a day). */
  ownDiet?: boolean
}

export interface PoolContext {
  slot: MealSlot
  targets: DailyTargets
  rules: PersonRules
  /** Uses of the recipe still allowed this week for this person. */
  remaining(id: RecipeId): number
  /** Reuse and sharing points for this recipe at this meal. */
  bonus(f: RecipeFacts): number
  random: Random
  weights: PlannerWeights
  /** How many recipes to keep by score (more are added for B12, protein and energy range). */
  poolSize: number
  /** How many extra recipes to keep for each hard need (default 6). */
  extraPerKind?: number
  /** Serving sizes offered per recipe (default 2). */
  levelsPerRecipe?: number
}

/**
 * The serving sizes offered for a recipe: the person's levels (quarters for small eaters) under
 * the meal's ceilings in kcal and grams (portions.ts), the two whose energy is nearest the slot's
 * ideal share (two sizes keep the model small; the measured solve time per day fell about
 * threefold from four).
 */
function levelsFor(f: RecipeFacts, slot: MealSlot, t: DailyTargets, perRecipe: number): number[] {
  const kcal = f.perServing.energyKcal
  const ideal = idealMealKcal(slot, t)
  const ceiling = mealCeiling(slot, t)
  return servingLevels(t.energyKcal)
    .filter(
      (k) =>
        kcal * k <= ceiling.kcal &&
        f.gramsPerServing * k <= ceiling.grams &&
        kcal * k >= 0.04 * t.energyKcal,
    )
    .sort((a, b) => Math.abs(a * kcal - ideal) - Math.abs(b * kcal - ideal) || a - b)
    .slice(0, perRecipe)
    .sort((a, b) => a - b)
}

function topBy(list: readonly Candidate[], n: number, key: (c: Candidate) => number): Candidate[] {
  return [...list]
    .sort((a, b) => key(b) - key(a) || (a.facts.recipe.id < b.facts.recipe.id ? -1 : 1))
    .slice(0, n)
}

/** What a slot's pool needs of a recipe that does not change during a week, for one person. */
export interface SlotRecipe {
  facts: RecipeFacts
  levels: number[]
  /** mealScore at 0 servings with the person's preference (the rest of the score is per day). */
  base: number
}

/**
 * The recipes a person may have at a slot (suited to the slot, allowed, with a serving size
 * under the meal's ceilings), in library order, and the same list ordered best first for each
 * hard need the pool keeps extras for: absorbed B12, crystalline B12, protein density, most
 * and least energy (ties by recipe id). Computed once a week per person and slot.
 */
export interface SlotRecipes {
  recipes: SlotRecipe[]
  /** Indexes into `recipes`, one list per extra kind. */
  extras: number[][]
}

const EXTRA_KEYS: readonly ((f: RecipeFacts) => number)[] = [
  (f) => absorbedFromEvent(f.perServing.b12FoodUg + f.perServing.b12CrystallineUg),
  (f) => absorbedFromEvent(f.perServing.b12CrystallineUg),
  (f) => f.perServing.proteinG / Math.max(1, f.perServing.energyKcal),
  (f) => f.perServing.energyKcal,
  (f) => -f.perServing.energyKcal,
]

/** The week-long part of a slot's pool for one person (see SlotRecipes). */
export function slotRecipes(
  all: Iterable<RecipeFacts>,
  ctx: Pick<PoolContext, 'slot' | 'targets' | 'rules' | 'weights' | 'levelsPerRecipe'>,
): SlotRecipes {
  const recipes: SlotRecipe[] = []
  for (const f of all) {
    if (!f.recipe.slots.includes(ctx.slot) || !ctx.rules.allowed(f)) continue
    const levels = levelsFor(f, ctx.slot, ctx.targets, ctx.levelsPerRecipe ?? 2)
    if (levels.length === 0) continue
    recipes.push({ facts: f, levels, base: mealScore(f, 0, ctx.rules.preference(f), ctx.weights) })
  }
  const extras = EXTRA_KEYS.map((key) => {
    const value = recipes.map((r) => key(r.facts))
    const id = recipes.map((r) => r.facts.recipe.id)
    return recipes
      .map((_, i) => i)
      .sort((a, b) => (value[b] ?? 0) - (value[a] ?? 0) || ((id[a] ?? '') < (id[b] ?? '') ? -1 : 1))
  })
  return { recipes, extras }
}

/**
 * The pre-filtered candidates for one slot: allowed, suited to the slot, still under the
 * weekly limit; the best `poolSize` by score plus the best for absorbed B12, crystalline B12,
 * protein density and both ends of the energy range, so filtering never removes the options
 * the hard constraints may need. Deterministic for the `random` stream.
 */
export function candidatePool(all: Iterable<RecipeFacts>, ctx: PoolContext): Candidate[] {
  return poolFrom(slotRecipes(all, ctx), ctx)
}

/** candidatePool over a person's slot recipes already worked out for the week. */
export function poolFrom(slot: SlotRecipes, ctx: PoolContext): Candidate[] {
  const byIndex: (Candidate | undefined)[] = []
  const list: Candidate[] = []
  slot.recipes.forEach((r, i) => {
    if (ctx.remaining(r.facts.recipe.id) <= 0) return
    const noise = ctx.random() * ctx.weights.noise
    const c: Candidate = {
      facts: r.facts,
      score: r.base + ctx.bonus(r.facts) + noise,
      levels: r.levels,
    }
    byIndex[i] = c
    list.push(c)
  })
  if (list.length <= ctx.poolSize) return list
  const n = ctx.extraPerKind ?? 6
  const keep = new Set<Candidate>(topBy(list, ctx.poolSize, (c) => c.score))
  for (const order of slot.extras) {
    let taken = 0
    for (const i of order) {
      if (taken >= n) break
      const c = byIndex[i]
      if (!c) continue
      keep.add(c)
      taken++
    }
  }
  return list.filter((c) => keep.has(c))
}
