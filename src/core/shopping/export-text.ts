/**
 * Plain-text export: aisle headings, then one line per item with a box, the amount to buy in
 * an aligned column, and the name.
 */
import {
  defaultListTitle,
  formatLineBuy,
  lineNoteTexts,
  listShowsPackages,
  TYPICAL_PACKAGES_NOTE,
} from './format-line'
import type { ShoppingList, UnitSystem } from './types'
import { AT_HOME_HEADING, splitAtHome } from './at-home'
import { periodNotes } from './period-coverage'

export interface TextOptions {
  system: UnitSystem
  /** 'unicode' → ☐ / ☑ (default); 'ascii' → [ ] / [x]. */
  boxes?: 'unicode' | 'ascii'
  /** First line; default "Shopping list <from> to <to>"; "" leaves it out. */
  title?: string
}

/** Length in code points, so "é" and "🥛" count as one character each for alignment. */
const width = (s: string): number => [...s].length
const padEnd = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)))

/**
 * The list as plain text with LF line endings, ending with a newline. The amount column is
 * padded to the widest amount in the whole list (in code points), so columns line up in a
 * monospaced font. Names keep their characters; line breaks inside names become spaces.
 */
export function toPlainText(list: ShoppingList, options: TextOptions): string {
  const [unchecked, checked] = options.boxes === 'ascii' ? ['[ ]', '[x]'] : ['☐', '☑']
  const { sections, atHome } = splitAtHome(list)
  const rows = sections.map((s) => ({
    label: s.label,
    items: s.lines.map((l) => ({
      line: l,
      buy: formatLineBuy(l, options.system),
      notes: lineNoteTexts(l, options.system),
    })),
  }))
  const column = Math.max(0, ...rows.flatMap((r) => r.items.map((i) => width(i.buy))))
  const out: string[] = []
  const title = options.title ?? defaultListTitle(list)
  if (title !== '') out.push(title, '')
  const notes = list.period ? periodNotes(list.period) : []
  if (notes.length > 0) out.push(...notes, '')
  for (const section of rows) {
    out.push(section.label)
    for (const { line, buy, notes } of section.items) {
      const name = line.name.replace(/\r\n|\r|\n/g, ' ')
      const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : ''
      out.push(
        `  ${line.checked ? checked : unchecked} ${padEnd(buy, column)}  ${name}${suffix}`.trimEnd(),
      )
    }
    out.push('')
  }
  if (atHome.length > 0) {
    // No box: these are not to be picked up in the shop.
    out.push(AT_HOME_HEADING)
    for (const line of atHome) {
      const notes = lineNoteTexts(line, options.system)
      const name = line.name.replace(/\r\n|\r|\n/g, ' ')
      out.push(`  ${name}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`)
    }
    out.push('')
  }
  if (listShowsPackages(list, options.system)) out.push(TYPICAL_PACKAGES_NOTE)
  else if (out.at(-1) === '') out.pop()
  return out.join('\n') + '\n'
}
