/**
 * Entered quantities (pantry amounts, manual items) in a food's own measure, using only what
 * the food publishes: grams per volume from a volume portion, grams per item from a size
 * portion. When that is missing the answer is null and the caller keeps the amounts apart.
 */
import { findCountPortion, publishedDensity } from './measures'
import { ruleFor, type PackageTable } from './package-table'
import { PRODUCE_COUNT_WORDS, type ShopFood } from './shop-quantity'
import type { Quantity } from './types'

/** The amount a line is kept in: grams for foods, units for supplements. */
export type LineAmount = { grams: number; units: 0 } | { grams: 0; units: number }

/**
 * `q` in the food's line measure, or null when it cannot be converted without guessing:
 * foods take mass directly, volume through publishedDensity, counts through the package rule's
 * count portion (or a produce size portion); supplements take counts as units only.
 * Negative or non-finite amounts count as 0.
 */
export function toLineAmount(food: ShopFood, q: Quantity, table: PackageTable): LineAmount | null {
  const clean = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 0)
  if (food.kind === 'supplement')
    return q.kind === 'count' ? { grams: 0, units: clean(q.count) } : null
  if (q.kind === 'mass') return { grams: clean(q.grams), units: 0 }
  if (q.kind === 'volume') {
    const density = publishedDensity(food)
    return density === null ? null : { grams: clean(q.millilitres) * density.gramsPerMl, units: 0 }
  }
  const words = ruleFor(table, food)?.countPortions ?? []
  const portion = findCountPortion(food, words.length > 0 ? words : PRODUCE_COUNT_WORDS)
  return portion === null ? null : { grams: clean(q.count) * portion.grams, units: 0 }
}
