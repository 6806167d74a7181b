/**
 * CSV export (RFC 4180): comma-separated, CRLF line endings, fields with a comma, quote, CR or
 * LF quoted and quotes doubled, UTF-8 with an optional byte-order mark for spreadsheet programs.
 */
import { formatNumber } from './format-quantity'
import { formatLineBuy, lineDisplayAmount, lineNoteTexts } from './format-line'
import type { ShoppingList, UnitSystem } from './types'
import { AISLE_LABELS } from '../foods/types'
import { AT_HOME_HEADING, splitAtHome } from './at-home'

export interface CsvOptions {
  system: UnitSystem
  /** Start with U+FEFF so Excel reads the file as UTF-8 (default false). */
  bom?: boolean
}

export const CSV_HEADER = [
  'Aisle',
  'Item',
  'Quantity',
  'Unit',
  'Packages',
  'Checked',
  'Source recipes',
  'Notes',
] as const

/** Cells a spreadsheet would read as a formula (or DDE) start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV field: a cell starting with = + - @ tab or CR gets a leading single quote (so a
 * spreadsheet shows it as text, OWASP CSV injection advice); then quoted if it holds a comma,
 * a double quote, CR or LF, with quotes doubled.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows joined with CRLF, each row's fields escaped with csvField; ends with CRLF. */
export function toCsvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('')
}

/**
 * The list as CSV, one row per line in aisle order, then the lines the pantry covers (aisle
 * "Already at home"): aisle, item, quantity and unit (rounded up
 * for display), packages ("2 × 1 L cartons"), checked (yes/no; "at home" for a line the pantry
 * covers, which is not to be bought), source recipes ("; "-joined), notes. Lines with nothing to buy have empty quantity and unit and say why in notes.
 */
export function toCsv(list: ShoppingList, options: CsvOptions): string {
  const rows: string[][] = [[...CSV_HEADER]]
  const { sections, atHome } = splitAtHome(list)
  const groups = [
    ...sections.flatMap((s) => s.lines.map((line) => ({ line, atHome: false }))),
    ...atHome.map((line) => ({ line, atHome: true })),
  ]
  for (const { line, atHome: home } of groups) {
    const amount = lineDisplayAmount(line, options.system)
    const packs = line.shop?.packs?.[options.system].length
      ? formatLineBuy(line, options.system)
      : ''
    rows.push([
      home ? AT_HOME_HEADING : AISLE_LABELS[line.aisle],
      line.name,
      amount ? formatNumber(amount.value) : '',
      amount?.unit ?? '',
      packs,
      home ? 'at home' : line.checked ? 'yes' : 'no',
      line.recipes.join('; '),
      lineNoteTexts(line, options.system).join('; '),
    ])
  }
  return (options.bom ? '\uFEFF' : '') + toCsvRows(rows)
}
