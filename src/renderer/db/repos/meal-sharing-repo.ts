/**
 * Which meals the household eats together ("we eat dinner together") and which each person has
 * their own way. One row of the key/value settings table, read with defaults: a missing or
 * damaged row, or a missing meal, reads as the planner's default for that meal.
 */
import { liveQuery } from 'dexie'
import { z } from 'zod'
import { MEALS_TOGETHER_DEFAULT } from '../../../core/planning/meal-sharing'
import type { MealSlot } from '../../../core/planning/types'
import type { AppDb } from '../app-db'

export type MealsTogether = Record<MealSlot, boolean>

/** The settings row key. */
export const MEALS_TOGETHER_KEY = 'meals-together'

const lenient = z.object({
  breakfast: z.boolean().catch(MEALS_TOGETHER_DEFAULT.breakfast),
  lunch: z.boolean().catch(MEALS_TOGETHER_DEFAULT.lunch),
  dinner: z.boolean().catch(MEALS_TOGETHER_DEFAULT.dinner),
  snack: z.boolean().catch(MEALS_TOGETHER_DEFAULT.snack),
})

const strictChange = z
  .object({
    breakfast: z.boolean(),
    lunch: z.boolean(),
    dinner: z.boolean(),
    snack: z.boolean(),
  })
  .partial()
  .strict()

/** A stored value read with defaults (unknown fields dropped, bad values replaced). */
export function parseMealsTogether(value: unknown): MealsTogether {
  const source = typeof value === 'object' && value !== null ? value : {}
  const parsed = lenient.safeParse({ ...MEALS_TOGETHER_DEFAULT, ...source })
  return parsed.success ? parsed.data : { ...MEALS_TOGETHER_DEFAULT }
}

export function createMealSharingRepo(db: AppDb) {
  const get = async (): Promise<MealsTogether> =>
    parseMealsTogether((await db.settings.get(MEALS_TOGETHER_KEY))?.value)
  return {
    get,
    /** Calls `listener` with the stored setting now and after every change; returns unsubscribe. */
    subscribe(
      listener: (value: MealsTogether) => void,
      onError: (error: unknown) => void = console.error,
    ): () => void {
      const subscription = liveQuery(get).subscribe({ next: listener, error: onError })
      return () => subscription.unsubscribe()
    },
    /** Merges a change (one or more meals); anything but booleans per meal is refused. */
    async update(change: Partial<MealsTogether>): Promise<MealsTogether> {
      const valid = strictChange.parse(change)
      return db.transaction('rw', db.settings, async () => {
        const next = {
          ...parseMealsTogether((await db.settings.get(MEALS_TOGETHER_KEY))?.value),
          ...valid,
        }
        await db.settings.put({ key: MEALS_TOGETHER_KEY, value: next })
        return next
      })
    },
  }
}

export type MealSharingRepo = ReturnType<typeof createMealSharingRepo>
