/**
 * Display of amounts in metric (g, kg, ml, L) or US (oz, lb, fl oz, qt, gal) units. Amounts to
 * buy are rounded UP to a sensible step, so the shown amount always covers the need; the exact
 * numbers stay on the list.
 */
import { GRAMS_PER_LB, GRAMS_PER_OZ, ML_PER_FL_OZ, ML_PER_GALLON, ML_PER_QUART } from './measures'
import type { PackChoice, Quantity, ShopQuantity, UnitSystem } from './types'

/** A rounded display amount: `value` in `unit` (e.g. 1.8 "L"). */
export interface DisplayAmount {
  value: number
  unit: string
}

/** `value` rounded up to a multiple of `step` (values a hair above a multiple stay on it). */
export function roundUpToStep(value: number, step: number): number {
  if (!(value > 0)) return 0
  const n = Math.ceil(value / step - 1e-9)
  return Number((n * step).toFixed(6))
}

/** Plain number text: at most 2 decimals, no trailing zeros, '.' as the decimal mark. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)))
}

type Band = readonly [below: number, step: number]
const pick = (x: number, bands: readonly Band[], last: number): number =>
  bands.find(([below]) => x < below)?.[1] ?? last

/**
 * Grams rounded up for display. Metric: 1 g steps under 10 g, 5 g under 100 g, 10 g under 250 g, 50 g under
 * 1 kg, then 0.1 kg. US: 0.25 oz under 4 oz, 1 oz under 1 lb, then 0.25 lb. 0 or less → 0 g/oz.
 */
export function displayMass(g: number, system: UnitSystem): DisplayAmount {
  if (system === 'metric') {
    const step = pick(
      g,
      [
        [10, 1],
        [100, 5],
        [250, 10],
        [1000, 50],
      ],
      100,
    )
    const rounded = roundUpToStep(g, step)
    return rounded >= 1000 ? { value: rounded / 1000, unit: 'kg' } : { value: rounded, unit: 'g' }
  }
  const oz = g / GRAMS_PER_OZ
  if (roundUpToStep(oz, 1) < 16) return { value: roundUpToStep(oz, oz < 4 ? 0.25 : 1), unit: 'oz' }
  return { value: roundUpToStep(g / GRAMS_PER_LB, 0.25), unit: 'lb' }
}

/**
 * Millilitres rounded up for display. Metric: 1 ml steps under 10 ml, 5 ml under 100 ml, 10 ml under 250 ml,
 * 50 ml under 1 L, then 0.1 L. US: fl oz (0.25 steps under 4, then 1) up to 1 quart, quarts in
 * 0.25 steps up to 1 gallon, then gallons in 0.25 steps.
 */
export function displayVolume(ml: number, system: UnitSystem): DisplayAmount {
  if (system === 'metric') {
    const step = pick(
      ml,
      [
        [10, 1],
        [100, 5],
        [250, 10],
        [1000, 50],
      ],
      100,
    )
    const rounded = roundUpToStep(ml, step)
    return rounded >= 1000 ? { value: rounded / 1000, unit: 'L' } : { value: rounded, unit: 'ml' }
  }
  const flOz = ml / ML_PER_FL_OZ
  if (roundUpToStep(flOz, 1) < 32)
    return { value: roundUpToStep(flOz, flOz < 4 ? 0.25 : 1), unit: 'fl oz' }
  if (roundUpToStep(ml / ML_PER_QUART, 0.25) < 4)
    return { value: roundUpToStep(ml / ML_PER_QUART, 0.25), unit: 'qt' }
  return { value: roundUpToStep(ml / ML_PER_GALLON, 0.25), unit: 'gal' }
}

const text = (d: DisplayAmount): string =>
  d.unit === '' ? formatNumber(d.value) : `${formatNumber(d.value)} ${d.unit}`

/** "350 g", "1.3 kg", "12 oz", "1.25 lb" (rounded up, see displayMass). */
export const formatMass = (g: number, system: UnitSystem): string => text(displayMass(g, system))

/** "250 ml", "1.8 L", "12 fl oz", "1.75 qt", "1.25 gal" (rounded up, see displayVolume). */
export const formatVolume = (ml: number, system: UnitSystem): string =>
  text(displayVolume(ml, system))

const SIZE_WORDS = new Set([
  'extra small',
  'small',
  'medium',
  'large',
  'extra large',
  'jumbo',
  'whole',
])
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many)

/**
 * The rounded amount of a shop quantity, as a number and a unit (for CSV columns): grams or
 * millilitres per displayMass/displayVolume; counts as whole items ("large", "cans");
 * supplement units rounded up to whole units ("tablets").
 */
export function displayAmount(q: ShopQuantity, system: UnitSystem): DisplayAmount {
  switch (q.measure) {
    case 'mass':
      return displayMass(q.amount, system)
    case 'volume':
      return displayVolume(q.amount, system)
    case 'count': {
      const word = q.portion?.word ?? ''
      return {
        value: q.amount,
        unit: word === '' || SIZE_WORDS.has(word) ? word : plural(q.amount, word, `${word}s`),
      }
    }
    case 'units': {
      const n = Math.ceil(q.amount - 1e-9)
      const unit = q.supplement?.unit ?? 'unit'
      return { value: n, unit: plural(n, unit, `${unit}s`) }
    }
  }
}

/** One package choice: "2 × 1 L cartons", "1 box of 12", "1 bottle of 100 B12 tablets, 1000 µg". */
export function formatPack(p: PackChoice, supplement: ShopQuantity['supplement'] = null): string {
  const noun = plural(p.count, p.noun, p.plural)
  if (p.measure === 'units') {
    const unit = supplement?.unit ?? 'unit'
    const strength = supplement ? `, ${formatNumber(supplement.ugPerUnit)} µg` : ''
    return `${p.count} ${noun} of ${p.size} B12 ${plural(p.size, unit, `${unit}s`)}${strength}`
  }
  if (p.measure === 'count') return `${p.count} ${noun} of ${p.size}`
  return `${p.count} × ${p.label} ${noun}`
}

/** The amount needed, rounded up for display: "1.8 L", "6 large", "28 tablets", "350 g". */
export const formatNeed = (q: ShopQuantity, system: UnitSystem): string =>
  text(displayAmount(q, system))

/** What to pick up: the typical packages ("2 × 1 L cartons") or, without any, the amount. */
export function formatBuy(q: ShopQuantity, system: UnitSystem): string {
  const packs = q.packs?.[system] ?? []
  return packs.length > 0
    ? packs.map((p) => formatPack(p, q.supplement)).join(' + ')
    : formatNeed(q, system)
}

/**
 * Need and packages: "1.8 L → 2 × 1 L cartons", "6 large → 1 box of 6",
 * "28 tablets → 1 bottle of 30 B12 tablets, 1000 µg"; just the amount when no package is known.
 */
export function formatQuantity(q: ShopQuantity, system: UnitSystem): string {
  const packs = q.packs?.[system] ?? []
  return packs.length > 0
    ? `${formatNeed(q, system)} → ${formatBuy(q, system)}`
    : formatNeed(q, system)
}

/** A plain entered quantity: "500 ml", "1.2 kg", "3". */
export function formatPlainQuantity(q: Quantity, system: UnitSystem): string {
  if (q.kind === 'mass') return formatMass(q.grams, system)
  if (q.kind === 'volume') return formatVolume(q.millilitres, system)
  return formatNumber(q.count)
}
