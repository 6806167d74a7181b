/**
 * What one person's generated week is like to eat, measured the same way by tests and by the
 * benchmarks (issue 14): variety, meat or fish meals, energy and protein against the targets,
 * B12 days met, the largest meal in grams and kcal, and the most of one capped food in a day.
 */
import type { FoodRecord } from '../foods/types'
import { absorbedPerDay, dayIntake } from './day-intake'
import { dailyTargets, type PlannerPerson } from './person'
import { DAILY_FOOD_CAPS } from './portions'
import { recipeDietAnswers, recipeNutrition, type FoodLookup } from './recipe-nutrition'
import type { MealSlot, PlanEntry, ProfileId, Recipe, RecipeId } from './types'
import { weekVariety } from './week-variety'

/** One planned recipe meal, sized. */
export interface MealSize {
  date: string
  slot: MealSlot
  recipeId: RecipeId
  servings: number
  grams: number
  kcal: number
}

/** Grams of one serving of a recipe (all ingredient grams over its servings). */
export function recipeGramsPerServing(recipe: Recipe): number {
  return recipe.ingredients.reduce((g, i) => g + i.grams, 0) / recipe.servings
}

/** The person's recipe meals with their grams and kcal (unknown recipes are skipped). */
export function mealSizes(
  entries: readonly PlanEntry[],
  profileId: ProfileId,
  recipes: ReadonlyMap<string, Recipe>,
  foods: FoodLookup,
): MealSize[] {
  const out: MealSize[] = []
  for (const e of entries) {
    if (e.profileId !== profileId || e.item.kind !== 'recipe') continue
    const r = recipes.get(e.item.recipeId)
    if (!r) continue
    const k = e.item.servings
    out.push({
      date: e.date,
      slot: e.slot,
      recipeId: r.id,
      servings: k,
      grams: recipeGramsPerServing(r) * k,
      kcal: recipeNutrition(r, foods).energyKcal * k,
    })
  }
  return out
}

/** Grams of foods matching `matches` the person eats on `date` (recipe and food entries). */
export function dayFoodGrams(
  entries: readonly PlanEntry[],
  profileId: ProfileId,
  date: string,
  matches: (f: FoodRecord) => boolean,
  recipes: ReadonlyMap<string, Recipe>,
  foods: FoodLookup,
): number {
  let g = 0
  for (const e of entries) {
    if (e.profileId !== profileId || e.date !== date) continue
    if (e.item.kind === 'food') {
      const f = foods.get(e.item.foodId)
      if (f && matches(f)) g += e.item.grams
    } else if (e.item.kind === 'recipe') {
      const r = recipes.get(e.item.recipeId)
      if (!r) continue
      for (const i of r.ingredients) {
        const f = foods.get(i.foodId)
        if (f && matches(f)) g += (i.grams / r.servings) * e.item.servings
      }
    }
  }
  return g
}

export interface PersonWeekReport {
  profileId: ProfileId
  distinctRecipes: number
  maxUses: number
  backToBack: number
  /**
   * Meals with meat or fish (not lacto-ovo-vegetarian): the recipe, or a side eaten with it
   * (salmon with a shared curry counts).
   */
  meatOrFishMeals: number
  /** Days with at least one such meal. */
  meatOrFishDays: number
  /** Mean over the days of |day kcal − target| / target (0.05 = 5 %). */
  kcalError: number
  /** Days under the protein floor, and the mean shortfall over all days, g. */
  proteinDaysUnder: number
  proteinShortfallMeanG: number
  /** Days whose absorbed B12 (and crystalline, where needed) meets the target. */
  b12DaysMet: number
  largestMealG: number
  largestMealKcal: number
  /** The most grams of each daily-capped food (DAILY_FOOD_CAPS key) on any one day. */
  mostPerDayG: Record<string, number>
}

const EPS = 1e-6

/** The week report of one person over `dates`, from the planned entries. */
export function personWeekReport(
  entries: readonly PlanEntry[],
  person: PlannerPerson,
  dates: readonly string[],
  recipes: ReadonlyMap<string, Recipe>,
  foods: FoodLookup,
): PersonWeekReport {
  const id = person.id
  const t = dailyTargets(person)
  const mine = entries.filter((e) => e.profileId === id)
  const v = weekVariety(mine, id)
  const sizes = mealSizes(mine, id, recipes, foods)
  const meatOrFish = new Set<string>()
  for (const e of mine) {
    const item = e.item
    const answers =
      item.kind === 'recipe'
        ? (() => {
            const r = recipes.get(item.recipeId)
            return r && recipeDietAnswers(r, foods)
          })()
        : item.kind === 'food'
          ? foods.get(item.foodId)?.diet
          : undefined
    if (answers && answers.lacto_ovo_vegetarian !== 'yes') meatOrFish.add(`${e.date}|${e.slot}`)
  }
  const meatOrFishMeals = meatOrFish.size
  const meatOrFishDays = new Set([...meatOrFish].map((key) => key.split('|')[0])).size
  let kcalError = 0
  let proteinDaysUnder = 0
  let shortfall = 0
  let b12DaysMet = 0
  for (const date of dates) {
    const day = dayIntake(
      mine.filter((e) => e.date === date),
      person,
      recipes,
      foods,
    )
    kcalError += Math.abs(day.energyKcal - t.energyKcal) / t.energyKcal / dates.length
    const short = Math.max(0, t.proteinMinG - day.proteinG)
    if (short > EPS) proteinDaysUnder++
    shortfall += short / dates.length
    const b12 = absorbedPerDay(day.b12Ug) + EPS >= t.b12AbsorbedUg
    const cryst = absorbedPerDay(day.crystallineUg) + EPS >= t.crystallineAbsorbedUg
    if (b12 && cryst) b12DaysMet++
  }
  const mostPerDayG: Record<string, number> = {}
  for (const cap of DAILY_FOOD_CAPS) {
    mostPerDayG[cap.key] = Math.max(
      0,
      ...dates.map((d) => dayFoodGrams(mine, id, d, cap.matches, recipes, foods)),
    )
  }
  return {
    profileId: id,
    distinctRecipes: v.distinctRecipes,
    maxUses: v.maxUses,
    backToBack: v.backToBack,
    meatOrFishMeals,
    meatOrFishDays,
    kcalError,
    proteinDaysUnder,
    proteinShortfallMeanG: shortfall,
    b12DaysMet,
    largestMealG: Math.max(0, ...sizes.map((m) => m.grams)),
    largestMealKcal: Math.max(0, ...sizes.map((m) => m.kcal)),
    mostPerDayG,
  }
}
