/**
 * State shared by the sequential day solves of one generation (and by the greedy baseline):
 * which meals are open, what locked entries already bring, recipe uses so far (the weekly
 * variety rule), ingredients already bought (reuse) and what others eat at each meal (sharing).
 */
import { addDays, weekOf } from '../dates'
import type { FoodId } from '../foods/types'
import { grams } from '../units'
import { dayIntake } from './day-intake'
import { rulePoints, type HouseholdRule } from './household-rules'
import type { DayChoice, FixedIntake, FreeSlot } from './day-model'
import { DAILY_FOOD_CAPS } from './portions'
import { dailyTargets, plansMealsFor, type DailyTargets, type PlannerPerson } from './person'
import { MEALS_TOGETHER_DEFAULT } from './meal-sharing'
import { matchesOwnDiet, sideOptions, withSides, type SideOption } from './meal-sides'
import { hashSeed, mulberry32 } from './prng'
import { recipeFacts, type RecipeFacts } from './recipe-facts'
import type { FoodLookup } from './recipe-nutrition'
import {
  DEFAULT_WEIGHTS,
  personRules,
  poolFrom,
  rememberedRules,
  slotRecipes,
  type PersonRules,
  type PlannerWeights,
  type SlotRecipes,
} from './scoring'
import {
  MEAL_SLOTS,
  planEntryId,
  type MealSlot,
  type PlanEntry,
  type ProfileId,
  type Recipe,
  type RecipeId,
} from './types'
import { VARIETY_MAX_USES } from './week-variety'

export type RegenerateScope =
  | { kind: 'week' }
  | { kind: 'day'; date: string }
  | { kind: 'meal'; date: string; slot: MealSlot; profileId?: ProfileId }

export interface GenerateWeekInput {
  people: readonly PlannerPerson[]
  recipes: readonly Recipe[]
  foods: FoodLookup
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string
  /** Same seed, same week; another seed, another good week. */
  seed: number
  /** The current plan: locked entries, and everything outside `scope`, are kept as they are. */
  existing?: readonly PlanEntry[]
  scope?: RegenerateScope
  weights?: Partial<PlannerWeights>
  /** Recipes kept per slot by score before the B12/protein/energy extras (default 40). */
  poolSize?: number
  /** How the day model counts absorbed B12 (see day-model.ts); default 'exact'. */
  absorption?: 'exact' | 'secant'
  /**
   * Who solves each day: 'search' (default) the exact search of day-search.ts, handing a day to
   * the MIP solver only past its budget; 'mip' always the MIP solver (benchmarks, tests).
   */
  daySolver?: 'search' | 'mip'
  /** Household rules: soft goals, turned into points on candidates (household-rules.ts). */
  rules?: readonly HouseholdRule[]
  /**
   * Meals the household eats together (sharing one dish pays, a side may be added) or each to
   * their own; slots left out take MEALS_TOGETHER_DEFAULT.
   */
  mealsTogether?: Partial<Record<MealSlot, boolean>>
}

/**
 * Never more than this many times the same recipe per person per week (a hard ceiling; the aim
 * is VARIETY_MAX_USES, and each use beyond it costs `overuse` points and is reported).
 */
export const MAX_RECIPE_USES_PER_WEEK = 3

export interface PersonState {
  person: PlannerPerson
  index: number
  targets: DailyTargets
  rules: PersonRules
  uses: Map<RecipeId, number>
  /** Recipes this person has at each `date|slot` (kept and placed), for back-to-back repeats. */
  meals: Map<string, Set<RecipeId>>
  /** Sides this person may have with a shared dish (diet, allergies and dislikes respected). */
  sides: SideOption[]
  /** Sides placed so far this week, by food (each repeat costs `repeat` points). */
  sideUses: Map<FoodId, number>
  /** Dates with a meal of the person's own diet (recipe or side), for the own-diet pace. */
  ownDays: Set<string>
  /** The week-long part of each slot's pool (allowed recipes, serving sizes, orders), once. */
  slotRecipes: Map<MealSlot, SlotRecipes>
}

export interface WeekContext {
  input: GenerateWeekInput
  weights: PlannerWeights
  dates: string[]
  facts: Map<RecipeId, RecipeFacts>
  recipesById: Map<string, Recipe>
  kept: PlanEntry[]
  people: PersonState[]
  /** People the planner does not plan for (babies under 1, §6a.3); their entries are kept as they are. */
  skipped: ProfileId[]
  /** Foods on the week's shopping list, with the recipes that put them there ('' for a food entry). */
  boughtFoods: Map<FoodId, Set<RecipeId | ''>>
  /** Recipes chosen by anyone at `date|slot`. */
  shared: Map<string, Set<RecipeId>>
}

/** The 7 dates of the week starting `weekStart` (YYYY-MM-DD); RangeError on a malformed date. */
export const weekDates = (weekStart: string): string[] => weekOf(weekStart)

function inScope(
  scope: RegenerateScope,
  e: { date: string; slot: MealSlot; profileId: ProfileId },
): boolean {
  if (scope.kind === 'week') return true
  if (scope.kind === 'day') return e.date === scope.date
  return (
    e.date === scope.date &&
    e.slot === scope.slot &&
    (scope.profileId === undefined || scope.profileId === e.profileId)
  )
}

/** Sets up a generation: who is planned for, kept entries, targets, counters. */
export function prepareWeek(input: GenerateWeekInput): WeekContext {
  const weights = { ...DEFAULT_WEIGHTS, ...input.weights }
  const dates = weekDates(input.weekStart)
  const scope = input.scope ?? { kind: 'week' }
  const skipped = input.people.filter((p) => !plansMealsFor(p)).map((p) => p.id)
  const kept = (input.existing ?? []).filter(
    (e) =>
      dates.includes(e.date) && (e.locked || !inScope(scope, e) || skipped.includes(e.profileId)),
  )
  const facts = recipeFacts(input.recipes, input.foods)
  const ctx: WeekContext = {
    input,
    weights,
    dates,
    facts,
    kept,
    skipped,
    recipesById: new Map(input.recipes.map((r) => [r.id, r])),
    people: input.people.filter(plansMealsFor).map((person, index) => ({
      person,
      index,
      targets: dailyTargets(person),
      rules: rememberedRules(personRules(person, weights)),
      uses: new Map(),
      meals: new Map(),
      sides: sideOptions(person, input.foods),
      sideUses: new Map(),
      ownDays: new Set(),
      slotRecipes: new Map(),
    })),
    boughtFoods: new Map(),
    shared: new Map(),
  }
  for (const e of kept) notePlaced(ctx, e)
  return ctx
}

function noteBought(ctx: WeekContext, food: FoodId, by: RecipeId | ''): void {
  ctx.boughtFoods.set(food, (ctx.boughtFoods.get(food) ?? new Set()).add(by))
}

function notePlaced(ctx: WeekContext, e: PlanEntry): void {
  const p = ctx.people.find((s) => s.person.id === e.profileId)
  if (e.item.kind !== 'recipe') {
    if (e.item.kind !== 'food') return
    noteBought(ctx, e.item.foodId, '')
    p?.sideUses.set(e.item.foodId, (p.sideUses.get(e.item.foodId) ?? 0) + 1)
    const food = ctx.input.foods.get(e.item.foodId)
    if (p && food && matchesOwnDiet(food.diet, p.person.diet)) p.ownDays.add(e.date)
    return
  }
  const id = e.item.recipeId
  const key = `${e.date}|${e.slot}`
  if (p) {
    const f = ctx.facts.get(id)
    if (f && matchesOwnDiet(f.diet, p.person.diet)) p.ownDays.add(e.date)
    p.uses.set(id, (p.uses.get(id) ?? 0) + 1)
    p.meals.set(key, (p.meals.get(key) ?? new Set()).add(id))
  }
  for (const f of ctx.facts.get(id)?.foodIds ?? []) noteBought(ctx, f, id)
  ctx.shared.set(key, (ctx.shared.get(key) ?? new Set()).add(id))
}

/** Whether another recipe (or a food entry) already put `food` on the shopping list. */
function boughtByOther(ctx: WeekContext, food: FoodId, recipe: RecipeId): boolean {
  const by = ctx.boughtFoods.get(food)
  return by !== undefined && (by.size > 1 || !by.has(recipe))
}

/** Recipes the person has at the same meal the day before or after `date` (back-to-back). */
function neighbours(p: PersonState, date: string, slot: MealSlot): ReadonlySet<RecipeId> {
  const out = new Set<RecipeId>()
  for (const d of [addDays(date, -1), addDays(date, 1)])
    for (const id of p.meals.get(`${d}|${slot}`) ?? []) out.add(id)
  return out
}

/** Slots in scope that no kept recipe or food entry fills, for one person and day. */
export function openSlots(ctx: WeekContext, p: PersonState, date: string): MealSlot[] {
  const scope = ctx.input.scope ?? { kind: 'week' }
  return MEAL_SLOTS.filter(
    (slot) =>
      inScope(scope, { date, slot, profileId: p.person.id }) &&
      !ctx.kept.some(
        (e) =>
          e.profileId === p.person.id &&
          e.date === date &&
          e.slot === slot &&
          e.item.kind !== 'supplement',
      ),
  )
}

/** Kept entries of one person and day. */
export function keptFor(ctx: WeekContext, p: PersonState, date: string): PlanEntry[] {
  return ctx.kept.filter((e) => e.profileId === p.person.id && e.date === date)
}

/** What kept entries and the person's supplements bring to the day, capped foods included. */
export function fixedIntake(ctx: WeekContext, p: PersonState, date: string): FixedIntake {
  const kept = keptFor(ctx, p, date)
  const cappedG: Record<string, number> = {}
  for (const cap of DAILY_FOOD_CAPS) {
    cappedG[cap.key] = kept.reduce((g, e) => {
      if (e.item.kind === 'recipe')
        return (
          g +
          (ctx.facts.get(e.item.recipeId)?.cappedGramsPerServing[cap.key] ?? 0) * e.item.servings
        )
      if (e.item.kind !== 'food') return g
      const food = ctx.input.foods.get(e.item.foodId)
      return g + (food && cap.matches(food) ? e.item.grams : 0)
    }, 0)
  }
  return { ...dayIntake(kept, p.person, ctx.recipesById, ctx.input.foods), cappedG }
}

/** Uses left this week for each recipe, for one person. */
export function remainingUses(p: PersonState): (id: RecipeId) => number {
  return (id) => MAX_RECIPE_USES_PER_WEEK - (p.uses.get(id) ?? 0)
}

/** What the household rules read of the week so far, for one person. */
const ruleState = (ctx: WeekContext, p: PersonState) => ({
  rules: ctx.input.rules ?? [],
  person: p.person,
  meals: p.meals,
  facts: ctx.facts,
  dates: ctx.dates,
})

/** Candidate pools for the open slots of one person and day (seeded per person and date). */
export function slotPools(
  ctx: WeekContext,
  p: PersonState,
  date: string,
  slots: readonly MealSlot[],
): FreeSlot[] {
  const random = mulberry32(hashSeed(ctx.input.seed, p.index, date))
  const w = ctx.weights
  const together = { ...MEALS_TOGETHER_DEFAULT, ...ctx.input.mealsTogether }
  const own = ownDietPoints(ctx, p, date)
  return slots.map((slot) => {
    // Sharing pays only at meals eaten together; at the others each person eats their own.
    const shared = together[slot] ? ctx.shared.get(`${date}|${slot}`) : undefined
    // The first to choose a together meal leans to a dish everyone else may eat (cook once).
    const leads = together[slot] && !shared && ctx.people.length > 1
    const fitsAll = (f: RecipeFacts) => ctx.people.every((o) => o === p || o.rules.allowed(f))
    const ruled = rulePoints({ ...ruleState(ctx, p), date, slot })
    const bonus = (f: RecipeFacts) => {
      const id = f.recipe.id
      const bought = f.foodIds.filter((food) => boughtByOther(ctx, food, id)).length
      const used = p.uses.get(id) ?? 0
      return (
        (w.reuse * bought) / Math.max(1, f.foodIds.length) +
        (shared?.has(id) || (leads && fitsAll(f)) ? w.share : 0) +
        own(f.diet) -
        w.repeat * used -
        (used >= VARIETY_MAX_USES ? w.overuse : 0) +
        ruled(f)
      )
    }
    const pool = (remaining: (id: RecipeId) => number): FreeSlot['candidates'] =>
      poolFrom(forSlot(ctx, p, slot), {
        slot,
        targets: p.targets,
        rules: p.rules,
        remaining,
        bonus,
        random,
        weights: w,
        poolSize: ctx.input.poolSize ?? 40,
      })
    // No recipe at the same meal on consecutive days, unless nothing else is left for the slot.
    const left = remainingUses(p)
    const adjacent = neighbours(p, date, slot)
    const varied = pool((id) => (adjacent.has(id) ? 0 : left(id)))
    // The own-diet points leave the score (they helped the pool) for the day model's once-a-day term.
    const candidates = (varied.length > 0 ? varied : pool(left)).map((c) =>
      own(c.facts.diet) > 0 && p.rules.preference(c.facts) >= 0
        ? { ...c, score: c.score - own(c.facts.diet), ownDiet: true }
        : c,
    )
    return {
      slot,
      candidates: [...candidates, ...withSides(p.sides, p.sideUses, candidates, shared, own, w)],
    }
  })
}

/** The person's recipes for a slot, worked out on first use in the week. */
function forSlot(ctx: WeekContext, p: PersonState, slot: MealSlot): SlotRecipes {
  let found = p.slotRecipes.get(slot)
  if (!found) {
    found = slotRecipes(ctx.facts.values(), {
      slot,
      targets: p.targets,
      rules: p.rules,
      weights: ctx.weights,
    })
    p.slotRecipes.set(slot, found)
  }
  return found
}

/** People eat as their own diet allows on about this many days a week (see `ownDiet`). */
export const OWN_DIET_DAYS_AIM = 5

/**
 * The own-diet points for a recipe or food's diet answers on `date`: paid while the person is
 * behind the pace of OWN_DIET_DAYS_AIM days a week (so those days spread over the week).
 */
function ownDietPoints(
  ctx: WeekContext,
  p: PersonState,
  date: string,
): (diet: RecipeFacts['diet']) => number {
  const day = ctx.dates.indexOf(date)
  const pace = Math.ceil(((day + 1) * OWN_DIET_DAYS_AIM) / ctx.dates.length)
  const behind = [...p.ownDays].filter((d) => d < date).length < pace
  return (diet) => (behind && matchesOwnDiet(diet, p.person.diet) ? ctx.weights.ownDiet : 0)
}

/** Records chosen meals as plan entries and updates the counters. */
export function placeChoices(
  ctx: WeekContext,
  p: PersonState,
  date: string,
  choices: readonly DayChoice[],
): PlanEntry[] {
  const entries = choices.flatMap((c): PlanEntry[] => {
    const id = `gen:${p.person.id}:${date}:${c.slot}`
    const meal: PlanEntry = {
      id: planEntryId(id),
      profileId: p.person.id,
      date,
      slot: c.slot,
      item: { kind: 'recipe', recipeId: c.recipeId, servings: c.servings },
      locked: false,
    }
    if (!c.side) return [meal]
    const item = { kind: 'food' as const, foodId: c.side.foodId, grams: grams(c.side.grams) }
    return [meal, { ...meal, id: planEntryId(`${id}:side`), item }]
  })
  for (const e of entries) notePlaced(ctx, e)
  return entries
}
