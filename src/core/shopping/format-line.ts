/**
 * Text for one list line, shared by the exporters and the print model.
 */
import {
  displayAmount,
  formatBuy,
  formatPlainQuantity,
  formatQuantity,
  type DisplayAmount,
} from './format-quantity'
import type { ShoppingLine, ShoppingList, UnitSystem } from './types'

/** Footnote for any list that shows packages: the sizes are typical, not a shop's. */
export const TYPICAL_PACKAGES_NOTE = 'Package sizes are typical; check what your shop sells.'

/** "also 500 ml" for each amount kept apart (see ShoppingLine.apart). */
export function apartTexts(line: ShoppingLine, system: UnitSystem): string[] {
  return line.apart.map((q) => `also ${formatPlainQuantity(q, system)}`)
}

/** Need and packages, e.g. "1.8 L → 2 × 1 L cartons"; "" when nothing is left to buy. */
export function formatLineQuantity(line: ShoppingLine, system: UnitSystem): string {
  return line.shop ? formatQuantity(line.shop, system) : ''
}

/** What to pick up, e.g. "2 × 1 L cartons", "350 g"; "" when nothing is left to buy. */
export function formatLineBuy(line: ShoppingLine, system: UnitSystem): string {
  return line.shop ? formatBuy(line.shop, system) : ''
}

/** The rounded amount to buy as number and unit, or null when there is none. */
export function lineDisplayAmount(line: ShoppingLine, system: UnitSystem): DisplayAmount | null {
  return line.shop ? displayAmount(line.shop, system) : null
}

/** Notes for a line: amounts kept apart, then the line's notes (pantry, measures). */
export function lineNoteTexts(line: ShoppingLine, system: UnitSystem): string[] {
  return [...apartTexts(line, system), ...line.notes.map((n) => n.text)]
}

/** Whether any line shows typical packages (then exporters add TYPICAL_PACKAGES_NOTE). */
export function listShowsPackages(list: ShoppingList, system: UnitSystem): boolean {
  return list.lines.some((l) => (l.shop?.packs?.[system].length ?? 0) > 0)
}

/**
 * Default export title: "Shopping list 2025-03-03 to 2025-03-09" (one day: just that date). When
 * part of the period has nothing planned, it names only the days the list covers.
 */
export function defaultListTitle(list: ShoppingList): string {
  const runs = list.period?.missing.length ? list.period.covered : [list.range]
  if (runs.length === 0) return `Shopping list ${list.range.from} to ${list.range.to}`
  const days = runs.map(({ from, to }) => (from === to ? from : `${from} to ${to}`))
  return `Shopping list ${days.join(', ')}`
}
