/**
 * Turns a person's planned week (plan entries) and regular supplements into week events: one
 * event per day and meal, daysPerWeek 1 (contract, "What the rest of the app adds"). Everything
 * eaten in one meal slot is one absorption event.
 */
import { intakeItemsFor, unitCount } from '../foods/portions'
import type { FoodRecord } from '../foods/types'
import { scaledIngredients } from '../planning/recipe-scale'
import {
  MEAL_SLOTS,
  type MealSlot,
  type PlanEntry,
  type Recipe,
  type RecipeId,
} from '../planning/types'
import { grams } from '../units'
import type { Person } from './person'
import type { WeekEvent, WeekItem } from './week-event'

export interface IntakeLookup {
  food: (id: string) => FoodRecord | undefined
  recipe: (id: string) => Recipe | undefined
}

export interface WeekIntake {
  /** Events in day order, then meal order (toEatingEvents gives the B12 core's pattern). */
  events: WeekEvent[]
  /** Folic acid from planned foods (label entries), µg per day averaged over the week. */
  foodFolicAcidUgPerDay: number
  /** Entries whose food or recipe no longer exists (shown as "missing" in the plan). */
  missing: PlanEntry[]
}

interface Amount {
  food: FoodRecord
  amount: number
  label: string
  recipeId?: RecipeId
}

function amountsFor(entry: PlanEntry, lookup: IntakeLookup): Amount[] | null {
  const item = entry.item
  if (item.kind === 'recipe') {
    const recipe = lookup.recipe(item.recipeId)
    if (!recipe || recipe.servings <= 0) return null
    const parts: Amount[] = []
    for (const ingredient of scaledIngredients(recipe, item.servings)) {
      const food = lookup.food(ingredient.foodId)
      if (!food) return null
      parts.push({
        food,
        amount: ingredient.grams,
        label: `${recipe.name}: ${food.name}`,
        recipeId: recipe.id,
      })
    }
    return parts
  }
  const food = lookup.food(item.foodId)
  if (!food) return null
  return [{ food, amount: item.kind === 'food' ? item.grams : item.units, label: food.name }]
}

function itemsOf(amount: Amount): WeekItem[] {
  const { food, recipeId } = amount
  const measure = food.kind === 'supplement' ? unitCount(amount.amount) : grams(amount.amount)
  return intakeItemsFor(food, measure).map((item) => ({
    ...item,
    name: amount.label,
    foodId: food.id,
    kind: food.kind,
    ...(recipeId ? { recipeId } : {}),
  }))
}

/**
 * The events of one person's planned week. `weekDates` are the seven dates Monday…Sunday;
 * entries of other people or dates are ignored. Supplements are added on their days, in their slot.
 */
export function weekIntakePattern(
  person: Person,
  entries: readonly PlanEntry[],
  weekDates: readonly string[],
  lookup: IntakeLookup,
): WeekIntake {
  const events: WeekEvent[] = []
  const missing: PlanEntry[] = []
  let folicAcid = 0
  weekDates.forEach((date, day) => {
    for (const slot of MEAL_SLOTS) {
      const items: WeekItem[] = []
      for (const entry of entries) {
        if (entry.profileId !== person.id || entry.date !== date || entry.slot !== slot) continue
        const amounts = amountsFor(entry, lookup)
        if (!amounts) {
          missing.push(entry)
          continue
        }
        for (const amount of amounts) {
          items.push(...itemsOf(amount))
          if (amount.food.kind === 'food')
            folicAcid += ((amount.food.per100g.folicAcidUg ?? 0) * amount.amount) / 100
        }
      }
      items.push(...supplementItems(person, day, slot, lookup))
      if (items.length > 0) events.push({ dayIndex: day, slot, daysPerWeek: 1, items })
    }
  })
  return { events, foodFolicAcidUgPerDay: folicAcid / 7, missing }
}

function supplementItems(
  person: Person,
  day: number,
  slot: MealSlot,
  lookup: IntakeLookup,
): WeekItem[] {
  return person.supplements.flatMap((supplement) => {
    if (supplement.slot !== slot || !supplement.days.includes(day as never)) return []
    const food = lookup.food(supplement.foodId)
    return food ? itemsOf({ food, amount: supplement.units, label: food.name }) : []
  })
}
