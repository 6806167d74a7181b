/**
 * Where B12 comes from: animal food (protein-bound), fortified food or a supplement (both
 * crystalline). A crystalline item is told apart by the kind of the food it came from, which
 * every week item carries (core/profiles/week-event).
 */
import type { WeekEvent, WeekItem } from '../profiles/week-event'

export type B12Source = 'animal' | 'fortified' | 'supplement'
export const B12_SOURCES: readonly B12Source[] = ['animal', 'fortified', 'supplement']
export const SOURCE_LABELS: Readonly<Record<B12Source, string>> = {
  animal: 'Animal foods',
  fortified: 'Fortified foods',
  supplement: 'Supplements',
}

/**
 * The source of one intake item: `food` form → animal; crystalline from a supplement → supplement,
 * any other crystalline → fortified; not_counted → null (it adds 0 µg).
 */
export function sourceOf(item: Pick<WeekItem, 'form' | 'kind'>): B12Source | null {
  if (item.form === 'not_counted') return null
  if (item.form === 'food') return 'animal'
  return item.kind === 'supplement' ? 'supplement' : 'fortified'
}

export type SourceSplit = Record<B12Source, number>

/** µg per source in one occurrence of an event; the parts sum to the event's counted intake. */
export function splitBySource(event: Pick<WeekEvent, 'items'>): SourceSplit {
  const split: SourceSplit = { animal: 0, fortified: 0, supplement: 0 }
  for (const item of event.items) {
    const source = sourceOf(item)
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
 * across one or more people's weeks. At most `limit` rows; items with 0 µg are left out.
 */
export function topSources(weeks: readonly (readonly WeekEvent[])[], limit = 5): SourceTotal[] {
  const totals = new Map<string, { name: string; source: B12Source; ug: number }>()
  let all = 0
  for (const events of weeks) {
    for (const event of events) {
      for (const item of event.items) {
        const source = sourceOf(item)
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
