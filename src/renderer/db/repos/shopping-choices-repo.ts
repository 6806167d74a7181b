/**
 * What the shopping page was last set to: how many weeks, from which Monday, who is left out,
 * and whether unplanned days count planned meals again. One row of the key/value settings
 * table (so backups keep it), read with defaults: a missing or damaged value reads as "this
 * week, everyone, nothing repeated".
 */
import { liveQuery } from 'dexie'
import { z } from 'zod'
import { isIsoDate } from '../../../core/dates'
import type { AppDb } from '../app-db'

export const SHOPPING_WEEK_COUNTS = [1, 2, 4] as const
export type ShoppingWeekCount = (typeof SHOPPING_WEEK_COUNTS)[number]

export interface ShoppingChoices {
  weeks: ShoppingWeekCount
  /** The first Monday of the list; null = the current week. */
  monday: string | null
  /** Profile ids left out of the list. */
  excluded: string[]
  /** Count unplanned days from planned ones on the same weekday. */
  repeatPlannedDays: boolean
}

/** The settings row key. */
export const SHOPPING_CHOICES_KEY = 'shopping-choices'

export const DEFAULT_SHOPPING_CHOICES: ShoppingChoices = {
  weeks: 1,
  monday: null,
  excluded: [],
  repeatPlannedDays: false,
}

const weeksSchema = z
  .number()
  .refine((n): n is ShoppingWeekCount => (SHOPPING_WEEK_COUNTS as readonly number[]).includes(n))
const mondaySchema = z.string().refine(isIsoDate).nullable()
const excludedSchema = z.array(z.string().min(1).max(100)).max(100)

const lenient = z.object({
  weeks: weeksSchema.catch(1),
  monday: mondaySchema.catch(null),
  excluded: excludedSchema.catch([]),
  repeatPlannedDays: z.boolean().catch(false),
})

const strictChange = z
  .object({
    weeks: weeksSchema,
    monday: mondaySchema,
    excluded: excludedSchema,
    repeatPlannedDays: z.boolean(),
  })
  .partial()
  .strict()

/** A stored value read with defaults (unknown fields dropped, bad values replaced). */
export function parseShoppingChoices(value: unknown): ShoppingChoices {
  const source = typeof value === 'object' && value !== null ? value : {}
  const parsed = lenient.safeParse({ ...DEFAULT_SHOPPING_CHOICES, ...source })
  return parsed.success ? (parsed.data as ShoppingChoices) : { ...DEFAULT_SHOPPING_CHOICES }
}

export function createShoppingChoicesRepo(db: AppDb) {
  const get = async (): Promise<ShoppingChoices> =>
    parseShoppingChoices((await db.settings.get(SHOPPING_CHOICES_KEY))?.value)
  return {
    get,
    /** Calls `listener` with the stored choices now and after every change; returns unsubscribe. */
    subscribe(
      listener: (value: ShoppingChoices) => void,
      onError: (error: unknown) => void = console.error,
    ): () => void {
      const subscription = liveQuery(get).subscribe({ next: listener, error: onError })
      return () => subscription.unsubscribe()
    },
    /** Merges a change; anything outside the choices' shapes is refused and nothing is stored. */
    async update(change: Partial<ShoppingChoices>): Promise<ShoppingChoices> {
      const valid = strictChange.parse(change)
      return db.transaction('rw', db.settings, async () => {
        const next = { ...(await get()), ...valid } as ShoppingChoices
        await db.settings.put({ key: SHOPPING_CHOICES_KEY, value: next })
        return next
      })
    },
  }
}

export type ShoppingChoicesRepo = ReturnType<typeof createShoppingChoicesRepo>
