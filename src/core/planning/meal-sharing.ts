/**
 * Shared and individual meals: which meals the household eats together by default, and, for a
 * planned week, who shares which dish at each "together" meal, who has a side with it, and who
 * eats apart and why (their own diet or allergy rules the shared dish out, the others' diet or
 * allergies rule their dish out, or neither: their own targets or preferences).
 */
import { allergenMatcher } from '../foods/allergens'
import type { FoodId } from '../foods/types'
import type { PlannerPerson } from './person'
import type { RecipeFacts } from './recipe-facts'
import { MEAL_SLOTS, type MealSlot, type PlanEntry, type ProfileId, type RecipeId } from './types'

/**
 * Lunch and dinner together, breakfast and snacks each to their own: main meals are where
 * cooking once saves the most; breakfasts and snacks differ by habit and are quick to make.
 */
export const MEALS_TOGETHER_DEFAULT: Readonly<Record<MealSlot, boolean>> = Object.freeze({
  breakfast: false,
  lunch: true,
  dinner: true,
  snack: false,
})

/** The setting for every slot, defaults filled in. */
export function mealsTogetherWithDefaults(
  given: Partial<Record<MealSlot, boolean>> | undefined,
): Record<MealSlot, boolean> {
  return { ...MEALS_TOGETHER_DEFAULT, ...given }
}

export type ApartReason =
  /** The person's own diet rules the shared dish out. */
  | { kind: 'own-diet' }
  /** One of the person's allergies rules the shared dish out. */
  | { kind: 'own-allergy' }
  /** The person's dish does not fit these people's diets. */
  | { kind: 'others-diet'; profileIds: ProfileId[] }
  /** The person's dish holds an allergen for these people. */
  | { kind: 'others-allergy'; profileIds: ProfileId[] }
  /** Either could share: the person's own targets or preferences set their dish. */
  | { kind: 'own-needs' }

export interface MealApart {
  profileId: ProfileId
  recipeId: RecipeId
  reason: ApartReason
}

export interface MealShare {
  date: string
  slot: MealSlot
  /** The dish most people share (null when no two people share a dish). */
  sharedRecipeId: RecipeId | null
  /** People eating the shared dish, in household order. */
  sharers: ProfileId[]
  /** Sides eaten with the shared dish. */
  sides: { profileId: ProfileId; foodId: FoodId }[]
  apart: MealApart[]
}

interface Fit {
  diet(f: RecipeFacts): boolean
  allergy(f: RecipeFacts): boolean
}

function fitFor(p: PlannerPerson): Fit {
  const allergic = allergenMatcher(p.allergies ?? [])
  return {
    diet: (f) => f.diet[p.diet] === 'yes',
    allergy: (f) => !f.foods.some(allergic),
  }
}

function reasonApart(
  who: ProfileId,
  mine: RecipeFacts | undefined,
  shared: RecipeFacts | undefined,
  others: readonly ProfileId[],
  fits: ReadonlyMap<ProfileId, Fit>,
): ApartReason {
  const fit = fits.get(who)
  if (shared && fit && !fit.diet(shared)) return { kind: 'own-diet' }
  if (shared && fit && !fit.allergy(shared)) return { kind: 'own-allergy' }
  if (mine) {
    const noDiet = others.filter((id) => fits.get(id)?.diet(mine) === false)
    if (noDiet.length > 0) return { kind: 'others-diet', profileIds: noDiet }
    const noAllergy = others.filter((id) => fits.get(id)?.allergy(mine) === false)
    if (noAllergy.length > 0) return { kind: 'others-allergy', profileIds: noAllergy }
  }
  return { kind: 'own-needs' }
}

/** The dish most people have at this meal (the earlier person's on a tie), if two share it. */
function mainDish(meals: ReadonlyMap<ProfileId, RecipeId>): RecipeId | null {
  const count = new Map<RecipeId, number>()
  for (const id of meals.values()) count.set(id, (count.get(id) ?? 0) + 1)
  let best: RecipeId | null = null
  let most = 1
  for (const [id, n] of count) {
    if (n > most) {
      best = id
      most = n
    }
  }
  return best
}

/**
 * Who shares what at each "together" meal of the plan, with a reason for everyone eating
 * apart. Only planned recipe meals count; meals with fewer than two people are left out.
 */
export function mealSharing(
  entries: readonly PlanEntry[],
  people: readonly PlannerPerson[],
  facts: ReadonlyMap<RecipeId, RecipeFacts>,
  mealsTogether?: Partial<Record<MealSlot, boolean>>,
): MealShare[] {
  const together = mealsTogetherWithDefaults(mealsTogether)
  const fits = new Map(people.map((p) => [p.id, fitFor(p)]))
  const dates = [...new Set(entries.map((e) => e.date))].sort()
  const out: MealShare[] = []
  for (const date of dates) {
    for (const slot of MEAL_SLOTS) {
      if (!together[slot]) continue
      const here = entries.filter((e) => e.date === date && e.slot === slot)
      const meals = new Map<ProfileId, RecipeId>()
      for (const p of people) {
        const e = here.find((x) => x.profileId === p.id && x.item.kind === 'recipe')
        if (e?.item.kind === 'recipe') meals.set(p.id, e.item.recipeId)
      }
      if (meals.size < 2) continue
      const main = mainDish(meals)
      const sharers = [...meals].filter(([, id]) => id === main).map(([who]) => who)
      const sides = here.flatMap((e) =>
        e.item.kind === 'food' && sharers.includes(e.profileId)
          ? [{ profileId: e.profileId, foodId: e.item.foodId }]
          : [],
      )
      const apart = [...meals]
        .filter(([, id]) => id !== main)
        .map(([who, id]) => {
          const others = [...meals.keys()].filter((x) => x !== who)
          const shared = main ? facts.get(main) : undefined
          return {
            profileId: who,
            recipeId: id,
            reason: reasonApart(who, facts.get(id), shared, others, fits),
          }
        })
      out.push({ date, slot, sharedRecipeId: main, sharers, sides, apart })
    }
  }
  return out
}
