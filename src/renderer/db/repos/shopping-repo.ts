/**
 * Shopping-list state. Rows are parsed with defaults on every read, so a damaged row never breaks
 * the list: bad fields fall back to "nothing stored", bad items inside a list are dropped.
 *
 * Layout (no schema change; both tables exist since v1):
 * - pantry: one row per food the household has, id = foodId (the unique foodId index keeps one
 *   row per food): { id, foodId, kind: 'staple' } or { id, foodId, kind: 'on_hand', quantity }.
 * - shoppingState, one row per list (a date range): id 'list:<from>:<to>', weekStart = from,
 *   { to, checked: line keys, manual: ManualItem[] }. Checks are by stable line key (food id or
 *   'manual:<id>'), so they survive regenerating the plan wherever the item is still on the list.
 * - shoppingState, one row for the aisle preferences that apply to every list: id 'aisles',
 *   weekStart '' (not a week), { order: Aisle[], overrides: { [foodId]: Aisle } }.
 */
import { z } from 'zod'
import { AISLES, foodId, type Aisle } from '../../../core/foods/types'
import {
  normaliseAisleOrder,
  type DateRange,
  type ListState,
  type ManualItem,
  type PantryItem,
  type Quantity,
} from '../../../core/shopping'
import { grams, millilitres } from '../../../core/units'
import type { AppDb } from '../app-db'
import type { PantryRow, ShoppingStateRow } from '../rows'

const positive = z.number().finite().positive()
const aisleSchema = z.enum(AISLES as [Aisle, ...Aisle[]])

const quantitySchema = z.union([
  z.object({ kind: z.literal('mass'), grams: positive }),
  z.object({ kind: z.literal('volume'), millilitres: positive }),
  z.object({ kind: z.literal('count'), count: positive }),
])

const manualSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1).max(200),
  quantity: quantitySchema.optional().catch(undefined),
  aisle: aisleSchema.optional().catch(undefined),
  foodId: z.string().min(1).optional().catch(undefined),
})

const pantrySchema = z.union([
  z.object({ foodId: z.string().min(1), kind: z.literal('staple') }),
  z.object({ foodId: z.string().min(1), kind: z.literal('on_hand'), quantity: quantitySchema }),
])

/** What one list (date range) remembers. */
export interface StoredList {
  checked: string[]
  manual: ManualItem[]
}

/** Aisle preferences shared by every list. */
export interface AislePrefs {
  /** Complete order of all aisles. */
  order: Aisle[]
  /** foodId → aisle the person moved it to. */
  overrides: Record<string, Aisle>
}

export const AISLE_PREFS_ID = 'aisles'
export const listRowId = (range: DateRange): string => `list:${range.from}:${range.to}`

function toQuantity(q: z.infer<typeof quantitySchema>): Quantity {
  if (q.kind === 'mass') return { kind: 'mass', grams: grams(q.grams) }
  if (q.kind === 'volume') return { kind: 'volume', millilitres: millilitres(q.millilitres) }
  return { kind: 'count', count: q.count }
}

function toManual(m: z.infer<typeof manualSchema>): ManualItem {
  const item: ManualItem = { id: m.id, text: m.text }
  if (m.quantity) item.quantity = toQuantity(m.quantity)
  if (m.aisle) item.aisle = m.aisle
  if (m.foodId) item.foodId = foodId(m.foodId)
  return item
}

/** A stored pantry row as a PantryItem, or null when it is damaged (then it is ignored). */
export function parsePantryRow(row: unknown): PantryItem | null {
  const parsed = pantrySchema.safeParse(row)
  if (!parsed.success) return null
  const p = parsed.data
  return p.kind === 'staple'
    ? { foodId: foodId(p.foodId), kind: 'staple' }
    : { foodId: foodId(p.foodId), kind: 'on_hand', quantity: toQuantity(p.quantity) }
}

const items = <T>(value: unknown, parse: (item: unknown) => T | null): T[] =>
  Array.isArray(value) ? value.map(parse).filter((item): item is T => item !== null) : []

/** A stored list row with defaults: no checks and no manual items where the row is missing or bad. */
export function parseListRow(row: unknown): StoredList {
  const o = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {}
  const checked = [
    ...new Set(items(o['checked'], (k) => (typeof k === 'string' && k !== '' ? k : null))),
  ]
  const manual = items(o['manual'], (m) => {
    const parsed = manualSchema.safeParse(m)
    return parsed.success ? toManual(parsed.data) : null
  })
  return { checked, manual }
}

/** Stored aisle preferences with defaults: unknown aisles dropped, the order completed. */
export function parseAislePrefs(row: unknown): AislePrefs {
  const o = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {}
  const order = normaliseAisleOrder(items(o['order'], (a) => (typeof a === 'string' ? a : null)))
  const overrides: Record<string, Aisle> = {}
  const raw = o['overrides']
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    for (const [id, aisle] of Object.entries(raw)) {
      const parsed = aisleSchema.safeParse(aisle)
      if (parsed.success && id !== '') overrides[id] = parsed.data
    }
  }
  return { order, overrides }
}

/** Everything the shopping page reads, in one query. */
export interface ShoppingSnapshot {
  pantry: PantryItem[]
  list: StoredList
  aisles: AislePrefs
}

export function createShoppingRepo(db: AppDb) {
  const readList = async (range: DateRange): Promise<StoredList> =>
    parseListRow(await db.shoppingState.get(listRowId(range)))
  const writeList = (range: DateRange, list: StoredList): Promise<string> =>
    db.shoppingState.put({
      id: listRowId(range),
      weekStart: range.from,
      to: range.to,
      ...list,
    } satisfies ShoppingStateRow)
  /** Read-modify-write of one list in a transaction, so quick clicks never lose a change. */
  const updateList = (
    range: DateRange,
    change: (list: StoredList) => StoredList,
  ): Promise<StoredList> =>
    db.transaction('rw', db.shoppingState, async () => {
      const next = change(await readList(range))
      await writeList(range, next)
      return next
    })
  const readPantry = async (): Promise<PantryItem[]> =>
    items(await db.pantry.toArray(), parsePantryRow)
  const readAisles = async (): Promise<AislePrefs> =>
    parseAislePrefs(await db.shoppingState.get(AISLE_PREFS_ID))
  const updateAisles = (change: (prefs: AislePrefs) => AislePrefs): Promise<AislePrefs> =>
    db.transaction('rw', db.shoppingState, async () => {
      const next = change(await readAisles())
      await db.shoppingState.put({
        id: AISLE_PREFS_ID,
        weekStart: '',
        order: next.order,
        overrides: next.overrides,
      })
      return next
    })

  return {
    /** Pantry, the list's own state and the aisle preferences (for useLiveQuery). */
    async snapshot(range: DateRange): Promise<ShoppingSnapshot> {
      const [pantry, list, aisles] = await Promise.all([
        readPantry(),
        readList(range),
        readAisles(),
      ])
      return { pantry, list, aisles }
    },
    pantry: readPantry,
    /** Stores what the household has of a food (replaces any earlier entry for it). */
    async setPantry(item: PantryItem): Promise<void> {
      await db.transaction('rw', db.pantry, async () => {
        await db.pantry.where('foodId').equals(item.foodId).delete()
        await db.pantry.put({ ...item, id: item.foodId } satisfies PantryRow)
      })
    },
    async removePantry(id: string): Promise<void> {
      await db.pantry.where('foodId').equals(id).delete()
    },
    list: readList,
    /** Ticks or unticks a line; `present` (the keys on the list now) drops stale keys as it saves. */
    setChecked(
      range: DateRange,
      key: string,
      checked: boolean,
      present?: readonly string[],
    ): Promise<StoredList> {
      return updateList(range, (list) => {
        const kept = present ? list.checked.filter((k) => present.includes(k)) : list.checked
        const rest = kept.filter((k) => k !== key)
        return { ...list, checked: checked ? [...rest, key] : rest }
      })
    },
    /** Replaces the checked keys (clear all, and its undo). */
    setListState(range: DateRange, state: ListState): Promise<StoredList> {
      return updateList(range, (list) => ({ ...list, checked: [...new Set(state.checked)] }))
    },
    addManual(range: DateRange, item: ManualItem): Promise<StoredList> {
      return updateList(range, (list) => ({
        ...list,
        manual: [...list.manual.filter((m) => m.id !== item.id), item],
      }))
    },
    /** Removes a manual item (and its tick); returns the item and its position, for undo. */
    async removeManual(
      range: DateRange,
      id: string,
    ): Promise<{ item: ManualItem; index: number; checked: boolean } | null> {
      let removed: { item: ManualItem; index: number; checked: boolean } | null = null
      await updateList(range, (list) => {
        const index = list.manual.findIndex((m) => m.id === id)
        const item = list.manual[index]
        if (!item) return list
        const key = `manual:${id}`
        removed = { item, index, checked: list.checked.includes(key) }
        return {
          manual: list.manual.filter((m) => m.id !== id),
          checked: list.checked.filter((k) => k !== key),
        }
      })
      return removed
    },
    /** Puts a removed manual item back where it was (undo). */
    restoreManual(
      range: DateRange,
      removed: { item: ManualItem; index: number; checked: boolean },
    ): Promise<StoredList> {
      return updateList(range, (list) => {
        const manual = list.manual.filter((m) => m.id !== removed.item.id)
        manual.splice(Math.min(removed.index, manual.length), 0, removed.item)
        const key = `manual:${removed.item.id}`
        return {
          manual,
          checked:
            removed.checked && !list.checked.includes(key) ? [...list.checked, key] : list.checked,
        }
      })
    },
    aisles: readAisles,
    setAisleOrder(order: readonly Aisle[]): Promise<AislePrefs> {
      return updateAisles((prefs) => ({ ...prefs, order: normaliseAisleOrder(order) }))
    },
    /** Remembers the aisle for a food; null forgets it (back to the food's default aisle). */
    setAisleOverride(id: string, aisle: Aisle | null): Promise<AislePrefs> {
      return updateAisles((prefs) => {
        const rest = Object.entries(prefs.overrides).filter(([food]) => food !== id)
        const overrides = Object.fromEntries(
          aisle === null ? rest : [...rest, [id, aisle]],
        ) as Record<string, Aisle>
        return { ...prefs, overrides }
      })
    },
  }
}

export type ShoppingRepo = ReturnType<typeof createShoppingRepo>
