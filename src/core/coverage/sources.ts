/**
 * Where B12 comes from: animal food (protein-bound), fortified food or a supplement (both
 * crystalline). The core's intake items carry only a name and a form, so a crystalline item is
 * told apart by looking its food up by name among the foods the week refers to.
 */
import type { EatingEvent, IntakeItem } from '../b12'
import type { FoodKind, FoodRecord } from '../foods/types'
import type { PlanEntry } from '../planning/types'

export type B12Source = 'animal' | 'fortified' | 'supplement'
export const B12_SOURCES: readonly B12Source[] = ['animal', 'fortified', 'supplement']
export const SOURCE_LABELS: Readonly<Record<B12Source, string>> = {
  animal: 'Animal foods',
  fortified: 'Fortified foods',
  supplement: 'Supplements',
}

/** The food kind behind an intake item's name, or undefined when it is not known. */
export type SourceKindLookup = (itemName: string) => FoodKind | undefined

/**
 * A lookup from item name to food kind. Recipe items are named "Recipe: Food", so the part
 * after the last ": " is tried too. When a name belongs to both a food and a supplement the
 * supplement wins (a tablet named like a food is rare; the reverse would hide a supplement).
 */
export function sourceKindLookup(foods: Iterable<Pick<FoodRecord, 'name' | 'kind'>>): SourceKindLookup {
  const kinds = new Map<string, FoodKind>()
  for (const food of foods) {
    if (kinds.get(food.name) !== 'supplement') kinds.set(food.name, food.kind)
  }
  return (name) => kinds.get(name) ?? kinds.get(name.slice(name.lastIndexOf(': ') + 2))
}

/** The foods a week's plan entries and regular supplements refer to (unknown ids are skipped). */
export function referencedFoods(
  entries: readonly PlanEntry[],
  supplementFoodIds: readonly string[],
  food: (id: string) => FoodRecord | undefined,
): FoodRecord[] {
  const ids = new Set<string>(supplementFoodIds)
  for (const entry of entries) if (entry.item.kind !== 'recipe') ids.add(entry.item.foodId)
  return [...ids].map(food).filter((found): found is FoodRecord => found !== undefined)
}

/**
 * The source of one intake item: `food` form → animal; crystalline from a supplement → supplement,
 * any other crystalline → fortified; not_counted → null (it adds 0 µg).
 */
export function sourceOf(item: IntakeItem, kindOf: SourceKindLookup): B12Source | null {
  if (item.form === 'not_counted') return null
  if (item.form === 'food') return 'animal'
  return kindOf(item.name) === 'supplement' ? 'supplement' : 'fortified'
}

export type SourceSplit = Record<B12Source, number>

/** µg per source in one occurrence of an event; the parts sum to the event's counted intake. */
export function splitBySource(event: EatingEvent, kindOf: SourceKindLookup): SourceSplit {
  const split: SourceSplit = { animal: 0, fortified: 0, supplement: 0 }
  for (const item of event.items) {
    const source = sourceOf(item, kindOf)
    if (source) split[source] += item.ug
  }
  return split
}

export interface SourceTotal {
  name: string
  source: B12Source
  /** µg eaten over the week (all events × daysPerWeek, all patterns given). */
  ugPerWeek: number
  /** Share of all counted µg of the week, 0–100. */
  sharePct: number
}

/**
 * The foods and supplements that gave the most B12 over the week, richest first (ties by name),
 * across one or more people's patterns. At most `limit` rows; items with 0 µg are left out.
 */
export function topSources(patterns: readonly (readonly EatingEvent[])[], kindOf: SourceKindLookup, limit = 5): SourceTotal[] {
  const totals = new Map<string, { name: string; source: B12Source; ug: number }>()
  let all = 0
  for (const pattern of patterns) {
    for (const event of pattern) {
      for (const item of event.items) {
        const source = sourceOf(item, kindOf)
        if (!source || item.ug <= 0) continue
        const key = `${source}\u0000${item.name}`
        const ug = item.ug * event.daysPerWeek
        const total = totals.get(key) ?? { name: item.name, source, ug: 0 }
        total.ug += ug
        totals.set(key, total)
        all += ug
      }
    }
  }
  return [...totals.values()]
    .sort((a, b) => b.ug - a.ug || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((t) => ({ name: t.name, source: t.source, ugPerWeek: t.ug, sharePct: all > 0 ? (100 * t.ug) / all : 0 }))
}
