/**
 * Aisle order and grouping. The person's order comes first; aisles it leaves out follow in the
 * default order, so no line can go missing.
 */
import { AISLE_LABELS, AISLES, type Aisle } from '../foods/types'
import type { AisleSection, ShoppingLine } from './types'

/** produce, bakery, dairy, meat_fish, pantry, frozen, supplements, other. */
export const DEFAULT_AISLE_ORDER: readonly Aisle[] = AISLES

/** A complete aisle order: the given one without repeats or unknown names, then the rest. */
export function normaliseAisleOrder(order: readonly string[] = DEFAULT_AISLE_ORDER): Aisle[] {
  const out: Aisle[] = []
  for (const a of [...order, ...DEFAULT_AISLE_ORDER]) {
    if ((AISLES as readonly string[]).includes(a) && !out.includes(a as Aisle)) out.push(a as Aisle)
  }
  return out
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Name order within an aisle: case- and accent-insensitive, then by key so it is total. */
export function compareLines(a: ShoppingLine, b: ShoppingLine): number {
  return collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
}

/** Lines in aisle order, then by name. Returns a new array. */
export function sortLines(
  lines: readonly ShoppingLine[],
  order: readonly string[] = DEFAULT_AISLE_ORDER,
): ShoppingLine[] {
  const rank = new Map(normaliseAisleOrder(order).map((a, i) => [a, i]))
  return [...lines].sort(
    (a, b) => (rank.get(a.aisle) ?? 0) - (rank.get(b.aisle) ?? 0) || compareLines(a, b),
  )
}

/** Sections in aisle order with their lines sorted by name; empty aisles are left out. */
export function groupByAisle(
  lines: readonly ShoppingLine[],
  order: readonly string[] = DEFAULT_AISLE_ORDER,
): AisleSection[] {
  const byAisle = new Map<Aisle, ShoppingLine[]>()
  for (const line of lines) {
    const list = byAisle.get(line.aisle) ?? []
    list.push(line)
    byAisle.set(line.aisle, list)
  }
  return normaliseAisleOrder(order).flatMap((aisle) => {
    const list = byAisle.get(aisle)
    return list ? [{ aisle, label: AISLE_LABELS[aisle], lines: list.sort(compareLines) }] : []
  })
}
