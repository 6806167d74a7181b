/**
 * Pure helpers for the shopping page: the date range, aisle moves, manual item quantities and
 * the export files. No React, no database: unit-tested directly.
 */
import { AISLE_LABELS, type Aisle } from '../../../core/foods/types'
import { rangeTitle } from '../../../core/dates'
import {
  coveredTitle,
  GRAMS_PER_OZ,
  ML_PER_FL_OZ,
  normaliseAisleOrder,
  toCsv,
  toMarkdown,
  toPlainText,
  weeksRange,
  type DateRange,
  type Quantity,
  type ShoppingList,
  type UnitSystem,
} from '../../../core/shopping'
import { grams, millilitres, parseDecimal } from '../../../core/units'
import type { SaveFileRequest } from '../../../shared/desktop-api'

export const WEEK_CHOICES = [1, 2, 4] as const
export type WeekCount = (typeof WEEK_CHOICES)[number]

/** `weeks` weeks starting with the week that contains `monday`. */
export const listRange = (monday: string, weeks: WeekCount): DateRange => weeksRange(monday, weeks)

/** "16 to 22 November 2026": the list's dates in words, from core/dates. */
export { rangeTitle } from '../../../core/dates'

/**
 * The list's heading: the chosen dates in words, or only the days it covers when part of the
 * period has nothing planned ("3 to 9 March 2026"), so it never claims days it does not cover.
 */
export function listTitle(list: ShoppingList): string {
  const period = list.period
  if (!period || period.missing.length === 0 || period.covered.length === 0)
    return rangeTitle(list.range)
  return coveredTitle(period)
}

/**
 * The aisle order after moving `aisle` one place up (-1) or down (+1) among the aisles shown
 * (`shown`, in their current order); aisles not shown keep their places.
 */
export function moveAisle(
  order: readonly Aisle[],
  shown: readonly Aisle[],
  aisle: Aisle,
  direction: -1 | 1,
): Aisle[] {
  const full = normaliseAisleOrder(order)
  const neighbour = shown[shown.indexOf(aisle) + direction]
  if (!shown.includes(aisle) || neighbour === undefined) return full
  const i = full.indexOf(aisle)
  const j = full.indexOf(neighbour)
  full[i] = neighbour
  full[j] = aisle
  return full
}

export const aisleLabel = (aisle: Aisle): string => AISLE_LABELS[aisle]

/** Units a person can type an amount in, per unit system. */
export type AmountUnit = 'g' | 'kg' | 'oz' | 'lb' | 'ml' | 'l' | 'fl_oz' | 'items'

export const AMOUNT_UNITS: Record<UnitSystem, { value: AmountUnit; label: string }[]> = {
  metric: [
    { value: 'items', label: 'items' },
    { value: 'g', label: 'grams (g)' },
    { value: 'kg', label: 'kilograms (kg)' },
    { value: 'ml', label: 'millilitres (ml)' },
    { value: 'l', label: 'litres (L)' },
  ],
  us: [
    { value: 'items', label: 'items' },
    { value: 'oz', label: 'ounces (oz)' },
    { value: 'lb', label: 'pounds (lb)' },
    { value: 'fl_oz', label: 'fluid ounces (fl oz)' },
  ],
}

const FACTORS: Record<Exclude<AmountUnit, 'items'>, { kind: 'mass' | 'volume'; factor: number }> = {
  g: { kind: 'mass', factor: 1 },
  kg: { kind: 'mass', factor: 1000 },
  oz: { kind: 'mass', factor: GRAMS_PER_OZ },
  lb: { kind: 'mass', factor: GRAMS_PER_OZ * 16 },
  ml: { kind: 'volume', factor: 1 },
  l: { kind: 'volume', factor: 1000 },
  fl_oz: { kind: 'volume', factor: ML_PER_FL_OZ },
}

/**
 * A typed amount as a Quantity: "" → undefined (no amount), a positive number up to 100,000 →
 * the quantity, anything else → 'invalid'. Accepts a decimal comma.
 */
export function parseAmount(text: string, unit: AmountUnit): Quantity | undefined | 'invalid' {
  const parsed = parseDecimal(text)
  if (!parsed.ok && parsed.problem === 'empty') return undefined
  if (!parsed.ok) return 'invalid'
  const value = parsed.value
  if (!(value > 0) || value > 100_000) return 'invalid'
  if (unit === 'items') return { kind: 'count', count: value }
  const { kind, factor } = FACTORS[unit]
  return kind === 'mass'
    ? { kind: 'mass', grams: grams(value * factor) }
    : { kind: 'volume', millilitres: millilitres(value * factor) }
}

/** File name stem for a list: "shopping-list-2026-11-16-to-2026-11-22". */
export const fileStem = (range: DateRange): string => `shopping-list-${range.from}-to-${range.to}`

export type ExportKind = 'csv' | 'markdown' | 'text'

/** The saveFile request for an export (CSV with a byte-order mark so Excel reads UTF-8). */
export function exportRequest(
  kind: ExportKind,
  list: ShoppingList,
  system: UnitSystem,
): SaveFileRequest {
  const stem = fileStem(list.range)
  if (kind === 'csv') {
    return {
      suggestedName: `${stem}.csv`,
      content: toCsv(list, { system, bom: true }),
      encoding: 'utf8',
      filters: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
    }
  }
  if (kind === 'markdown') {
    return {
      suggestedName: `${stem}.md`,
      content: toMarkdown(list, { system }),
      encoding: 'utf8',
      filters: [{ name: 'Markdown checklist', extensions: ['md'] }],
    }
  }
  return {
    suggestedName: `${stem}.txt`,
    content: toPlainText(list, { system }),
    encoding: 'utf8',
    filters: [{ name: 'Plain text', extensions: ['txt'] }],
  }
}

export const EXPORT_NAMES: Record<ExportKind, string> = {
  csv: 'spreadsheet (CSV)',
  markdown: 'Markdown checklist',
  text: 'plain text',
}
