/**
 * App settings, stored as one row and parsed with defaults on every read, so a missing or damaged
 * row never breaks the app: unknown fields are dropped, bad values fall back to the default.
 */
import { liveQuery } from 'dexie'
import { z } from 'zod'
import type { AppDb } from '../app-db'

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const
export type TextSizePct = (typeof TEXT_SIZES)[number]

const textSizeSchema = z
  .number()
  .refine((value): value is TextSizePct => (TEXT_SIZES as readonly number[]).includes(value))

/** Strict: what an update must satisfy. */
const strictSettingsSchema = z
  .object({
    textSizePct: textSizeSchema,
    highContrast: z.boolean(),
    reduceMotion: z.boolean(),
    units: z.enum(['metric', 'us']),
  })
  .strict()

/** Lenient: what a stored row is read with (bad values fall back to defaults). */
export const settingsSchema = z.object({
  textSizePct: textSizeSchema.catch(100),
  highContrast: z.boolean().catch(false),
  reduceMotion: z.boolean().catch(false),
  units: z.enum(['metric', 'us']).catch('metric'),
})

export type Settings = { textSizePct: TextSizePct } & Omit<
  z.infer<typeof settingsSchema>,
  'textSizePct'
>

export const DEFAULT_SETTINGS: Settings = {
  textSizePct: 100,
  highContrast: false,
  reduceMotion: false,
  units: 'metric',
}

const KEY = 'app'

export function parseSettings(value: unknown): Settings {
  const source = typeof value === 'object' && value !== null ? value : {}
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...source })
  return parsed.success ? (parsed.data as Settings) : DEFAULT_SETTINGS
}

/** The next text size up or down, clamped to 100–200 %. */
export function stepTextSize(
  current: TextSizePct,
  direction: 'increase' | 'decrease' | 'reset',
): TextSizePct {
  if (direction === 'reset') return 100
  const index = TEXT_SIZES.indexOf(current)
  const next =
    direction === 'increase' ? Math.min(index + 1, TEXT_SIZES.length - 1) : Math.max(index - 1, 0)
  return TEXT_SIZES[next] ?? 100
}

export function createSettingsRepo(db: AppDb) {
  const get = async (): Promise<Settings> => parseSettings((await db.settings.get(KEY))?.value)
  return {
    get,
    /** Calls `listener` with the stored settings now and after every change; returns unsubscribe. */
    subscribe(
      listener: (settings: Settings) => void,
      onError: (error: unknown) => void = console.error,
    ): () => void {
      const subscription = liveQuery(get).subscribe({ next: listener, error: onError })
      return () => subscription.unsubscribe()
    },
    /** Merge a change into the stored settings; invalid values are refused with an error. */
    async update(change: Partial<Settings>): Promise<Settings> {
      return db.transaction('rw', db.settings, async () => {
        const current = parseSettings((await db.settings.get(KEY))?.value)
        const next = strictSettingsSchema.parse({ ...current, ...change }) as Settings
        await db.settings.put({ key: KEY, value: next })
        return next
      })
    },
  }
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>
