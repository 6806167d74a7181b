/**
 * A structured model of the printable list; the UI renders it (large print, PDF) and keeps all
 * wording and rounding from here, so the page, the PDF and the exports agree.
 */
import {
  defaultListTitle,
  formatLineBuy,
  formatLineQuantity,
  lineNoteTexts,
  listShowsPackages,
  TYPICAL_PACKAGES_NOTE,
} from './format-line'
import type { ShoppingLine, ShoppingList, UnitSystem } from './types'
import { AT_HOME_HEADING, splitAtHome } from './at-home'
import { periodNotes } from './period-coverage'

export interface PrintRow {
  key: string
  checked: boolean
  name: string
  /** What to pick up: "2 × 1 L cartons". */
  buy: string
  /** Need and packages: "1.8 L → 2 × 1 L cartons". */
  quantity: string
  notes: string[]
  recipes: string[]
}

export interface PrintSection {
  heading: string
  rows: PrintRow[]
}

export interface PrintModel {
  title: string
  /** "2025-03-03 to 2025-03-09 · 12 items, 3 checked". */
  subtitle: string
  /** Which days have nothing planned (and so are not covered, or count planned meals again). */
  periodNotes: string[]
  sections: PrintSection[]
  /** Lines the pantry covers, printed apart without a box; heading "Already at home". */
  atHome: PrintSection | null
  /** The typical-package footnote, or null when no line shows packages. */
  footnote: string | null
}

/**
 * The print model of a list in a unit system. Text only (no markup): the renderer escapes it
 * as it does any text. Section and row order follow the list.
 */
export function toPrintModel(
  list: ShoppingList,
  options: { system: UnitSystem; title?: string },
): PrintModel {
  const { system } = options
  const checked = list.lines.filter((l) => l.checked).length
  const items = `${list.lines.length} ${list.lines.length === 1 ? 'item' : 'items'}, ${checked} checked`
  const runs = list.period?.missing.length ? list.period.covered : [list.range]
  const range = runs.map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`)).join(', ')
  const row = (l: ShoppingLine): PrintRow => ({
    key: l.key,
    checked: l.checked,
    name: l.name,
    buy: formatLineBuy(l, system),
    quantity: formatLineQuantity(l, system),
    notes: lineNoteTexts(l, system),
    recipes: [...l.recipes],
  })
  const { sections, atHome } = splitAtHome(list)
  return {
    title: options.title ?? defaultListTitle(list),
    subtitle: `${range} · ${items}`,
    periodNotes: list.period ? periodNotes(list.period) : [],
    sections: sections.map((s) => ({ heading: s.label, rows: s.lines.map(row) })),
    atHome: atHome.length > 0 ? { heading: AT_HOME_HEADING, rows: atHome.map(row) } : null,
    footnote: listShowsPackages(list, system) ? TYPICAL_PACKAGES_NOTE : null,
  }
}
