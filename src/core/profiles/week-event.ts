/**
 * A week's eating as structured events: the day and meal are fields, and every item keeps the
 * food it came from and that food's kind, so charts and summaries never read them back out of
 * a label or a name. The B12 core gets the same events as its EatingEvent[] (toEatingEvents).
 */
import type { EatingEvent, IntakeItem } from '../b12'
import type { FoodId, FoodKind } from '../foods/types'
import type { MealSlot, RecipeId } from '../planning/types'
import { WEEKDAY_NAMES } from '../dates'

/** One intake item with where it came from. */
export interface WeekItem extends IntakeItem {
  /** The catalogue row eaten; null for a usual week's typed supplement dose (it has no row). */
  foodId: FoodId | null
  /** 'supplement' for tablets and sprays, else 'food' (which tells fortified foods from supplements). */
  kind: FoodKind
  /** The recipe the item is an ingredient of, when it is one. */
  recipeId?: RecipeId
}

/** Everything eaten at one meal, as one absorption event, on `daysPerWeek` days. */
export interface WeekEvent {
  /** Monday = 0 … Sunday = 6; null for a usual-week habit, spread evenly over the week. */
  dayIndex: number | null
  slot: MealSlot
  daysPerWeek: number
  items: WeekItem[]
}

/**
 * The events as the B12 core's intake pattern. The slot label ("breakfast (Monday)", or just
 * "breakfast" for a usual-week habit) is only for the core's input; nothing reads it back.
 */
export function toEatingEvents(events: readonly WeekEvent[]): EatingEvent[] {
  return events.map((event) => ({
    slot:
      event.dayIndex === null
        ? event.slot
        : `${event.slot} (${WEEKDAY_NAMES[event.dayIndex] ?? event.dayIndex})`,
    daysPerWeek: event.daysPerWeek,
    items: event.items.map(({ name, ug, form }) => ({ name, ug, form })),
  }))
}
