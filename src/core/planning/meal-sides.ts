/**
 * Sides and toppings the planner may add to a shared dish for one person at a "together" meal:
 * a few real catalogue foods, each at a household-sized portion. A side is offered only when it
 * fits the person's diet ('yes', never 'unknown') and none of their allergies or dislikes.
 */
import type { Diet, DietAnswer, FoodId, FoodRecord } from '../foods/types'
import { allergenMatcher } from '../foods/allergens'
import type { PlannerPerson } from './person'
import type { RecipeFacts } from './recipe-facts'
import type { Candidate, PlannerWeights } from './scoring'
import type { RecipeId } from './types'
import { pricePer100g } from './recipe-facts'
import { foodNutrition, type FoodLookup, type Nutrition } from './recipe-nutrition'

export interface MealSide {
  /** Short key, unique in the list (used in model variable names). */
  key: string
  foodId: FoodId
  grams: number
  /** The side in a few words, e.g. "salmon". */
  name: string
  /** How the portion reads, e.g. "a piece of salmon". */
  portion: string
  /** Its name on the plan, as it is eaten (the catalogue names it as USDA does). */
  plateName: string
}

/** The curated sides (USDA SR28 foods), each a usual portion for one person. */
export const MEAL_SIDES: readonly MealSide[] = [
  {
    key: 'salmon',
    name: 'salmon',
    foodId: 'sr28:15086' as FoodId,
    grams: 100,
    portion: 'a piece of salmon',
    plateName: 'Salmon, cooked',
  },
  {
    key: 'tuna',
    name: 'tuna',
    foodId: 'sr28:15121' as FoodId,
    grams: 80,
    portion: 'some tuna',
    plateName: 'Tuna, canned in water',
  },
  {
    key: 'chicken',
    name: 'roast chicken',
    foodId: 'sr28:05064' as FoodId,
    grams: 100,
    portion: 'some roast chicken',
    plateName: 'Roast chicken breast',
  },
  {
    key: 'egg',
    name: 'egg',
    foodId: 'sr28:01129' as FoodId,
    grams: 50,
    portion: 'a hard-boiled egg',
    plateName: 'Hard-boiled egg',
  },
  {
    key: 'cheese',
    name: 'cheddar',
    foodId: 'sr28:01009' as FoodId,
    grams: 30,
    portion: 'some cheddar',
    plateName: 'Cheddar cheese',
  },
  {
    key: 'soy-drink',
    name: 'fortified soy drink',
    foodId: 'sr28:16222' as FoodId,
    grams: 250,
    portion: 'a glass of fortified soy drink',
    plateName: 'Soy drink, fortified with B12',
  },
]

/** A side ready for the planner: the food, its grams, what it brings and what it costs. */
export interface SideOption {
  key: string
  food: FoodRecord
  grams: number
  nutrition: Nutrition
  /** Rough price units for the portion (same scale as recipe costs). */
  cost: number
}

/**
 * Whether the strictest diet a recipe or food allows is the person's own: meat or fish for an
 * omnivore, fish for a pescatarian, dairy or egg for a vegetarian; never for a vegan.
 */
export function matchesOwnDiet(answers: Record<Diet, DietAnswer>, diet: Diet): boolean {
  if (answers[diet] !== 'yes') return false
  if (diet === 'omnivore' || diet === 'pescatarian') return answers.lacto_ovo_vegetarian === 'no'
  if (diet === 'lacto_ovo_vegetarian') return answers.vegan === 'no'
  return false
}

/** Sides that fit this person's diet, allergies and dislikes, known to the catalogue. */
export function sideOptions(person: PlannerPerson, foods: FoodLookup): SideOption[] {
  const allergic = allergenMatcher(person.allergies ?? [])
  const disliked = allergenMatcher(person.dislikes ?? [])
  const out: SideOption[] = []
  for (const side of MEAL_SIDES) {
    const food = foods.get(side.foodId)
    if (!food || food.diet[person.diet] !== 'yes' || allergic(food) || disliked(food)) continue
    out.push({
      key: side.key,
      food,
      grams: side.grams,
      nutrition: foodNutrition(food, side.grams),
      cost: (side.grams / 100) * pricePer100g(food),
    })
  }
  return out
}

/**
 * For each shared dish in the pool, the same dish with each of the person's sides: its own
 * choice in the day model, so absorption stays exact. A side of the person's own diet counts
 * for the own-diet points (salmon with a vegan curry for an omnivore); it costs its price and
 * more for each earlier use of the same side this week.
 */
export function withSides(
  sides: readonly SideOption[],
  sideUses: ReadonlyMap<FoodId, number>,
  pool: readonly Candidate[],
  shared: ReadonlySet<RecipeId> | undefined,
  own: (diet: RecipeFacts['diet']) => number,
  w: PlannerWeights,
): Candidate[] {
  if (!shared || sides.length === 0) return []
  const out: Candidate[] = []
  for (const c of pool) {
    if (!shared.has(c.facts.recipe.id)) continue
    for (const side of sides) {
      const repeat = w.repeat * (sideUses.get(side.food.id) ?? 0)
      const ownDiet = c.ownDiet === true || own(side.food.diet) > 0
      out.push({ ...c, score: c.score - w.cost * side.cost - repeat, side, ownDiet })
    }
  }
  return out
}
