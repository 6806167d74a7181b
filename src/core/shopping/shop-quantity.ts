/**
 * Shop units: how a to-buy amount is picked up in a shop. Supplements → bottles of units;
 * a package rule → whole items by a USDA portion, or typical packages by volume (only with a
 * published weight per volume) or mass; produce with a size portion → whole items; else grams.
 */
import type { FoodRecord } from '../foods/types'

/** The parts of a food the shop units need (a full FoodRecord fits). */
export type ShopFood = Pick<
  FoodRecord,
  'id' | 'name' | 'kind' | 'portions' | 'aisle' | 'supplement'
> &
  Partial<Pick<FoodRecord, 'amountUnit'>>
import { grams, type Grams } from '../units'
import type { ShopHint } from './buying-forms'
import { findCountPortion, itemsFor, publishedDensity } from './measures'
import { ruleFor, type PackageRule, type PackageTable, type PackSize } from './package-table'
import { choosePacks } from './packing'
import type { PackChoice, ShopQuantity, UnitSystem } from './types'

/** Portion words that name one whole fruit or vegetable ("1 medium" banana = 118 g). */
export const PRODUCE_COUNT_WORDS: readonly string[] = [
  'medium',
  'large',
  'small',
  'extra large',
  'extra small',
  'whole',
]

const base: Omit<ShopQuantity, 'measure' | 'amount' | 'grams'> = {
  portion: null,
  density: null,
  packs: null,
  ruleId: null,
  supplement: null,
}

function packsFor(
  need: number,
  rule: PackageRule,
  measure: PackSize['measure'],
): Record<UnitSystem, PackChoice[]> | null {
  const sizes = (system: UnitSystem) => rule.packages[system].filter((p) => p.measure === measure)
  if (sizes('metric').length === 0 || sizes('us').length === 0) return null
  return { metric: choosePacks(need, sizes('metric')), us: choosePacks(need, sizes('us')) }
}

/** The shop quantity of supplement `units` (tablets, sprays): bottles from the table. */
export function supplementShopQuantity(
  food: ShopFood,
  units: number,
  table: PackageTable,
): ShopQuantity {
  const b = table.supplementBottles
  const unit = food.supplement?.unit ?? 'tablet'
  const options = b.sizes.map((size) => ({
    size,
    label: '',
    noun: b.noun,
    plural: b.plural,
    measure: 'units' as const,
  }))
  const packs = choosePacks(Math.ceil(units - 1e-9), options)
  return {
    ...base,
    measure: 'units',
    amount: units,
    grams: grams(0),
    packs: { metric: packs, us: packs },
    supplement: { unit, ugPerUnit: food.supplement?.ugPerUnit ?? 0 },
  }
}

function countQuantity(
  g: Grams,
  food: ShopFood,
  words: readonly string[],
  rule: PackageRule | null,
): ShopQuantity | null {
  const portion = findCountPortion(food, words)
  if (portion === null) return null
  const items = itemsFor(g, portion.grams)
  return {
    ...base,
    measure: 'count',
    amount: items,
    grams: g,
    portion,
    packs: rule ? packsFor(items, rule, 'count') : null,
    ruleId: rule?.id ?? null,
  }
}

function ruleQuantity(g: Grams, food: ShopFood, rule: PackageRule): ShopQuantity | null {
  if (rule.countPortions.length > 0) {
    const counted = countQuantity(g, food, rule.countPortions, rule)
    if (counted) return counted
  }
  const measure = rule.packages.metric[0]?.measure
  if (measure === 'mass')
    return {
      ...base,
      measure: 'mass',
      amount: g,
      grams: g,
      packs: packsFor(g, rule, 'mass'),
      ruleId: rule.id,
    }
  if (measure === 'volume') {
    const density = publishedDensity(food)
    if (density === null) return null
    const ml = g / density.gramsPerMl
    return {
      ...base,
      measure: 'volume',
      amount: ml,
      grams: g,
      density,
      packs: packsFor(ml, rule, 'volume'),
      ruleId: rule.id,
    }
  }
  return null // a count-only rule for a food without the counted portion: fall back to weight
}

export interface FoodShopQuantity {
  quantity: ShopQuantity
  /** A volume rule applied but the food has no published volume portion: shown by weight. */
  noVolumeMeasure: boolean
}

/** The rule a food is bought by: the hint's rule when it names one in the table, else by name. */
function hintedRule(table: PackageTable, food: ShopFood, hint: ShopHint | undefined) {
  if (hint?.kind === 'rule') return table.rules.find((r) => r.id === hint.ruleId) ?? null
  return ruleFor(table, food)
}

/**
 * Shop quantity for `g` grams of a (non-supplement) food. Never guesses a density: a rule sold
 * by volume falls back to weight (noVolumeMeasure) when the food has no volume portion.
 * `aisle` is the line's aisle (after overrides); produce is counted by whole items when USDA
 * gives a size portion; a drink entered per 100 ml is listed in ml. 0 g gives a zero mass quantity.
 * A `hint` from the buying table picks the package rule by id, counts whole items by its
 * portion words (e.g. "1 fruit" for lemons) or keeps the food by weight (no produce count).
 */
export function foodShopQuantity(
  food: ShopFood,
  g: Grams,
  table: PackageTable,
  aisle = food.aisle,
  hint?: ShopHint,
): FoodShopQuantity {
  if (hint?.kind === 'count') {
    const counted = countQuantity(g, food, hint.words, null)
    if (counted?.portion)
      return {
        quantity: { ...counted, portion: { ...counted.portion, word: hint.say } },
        noVolumeMeasure: false,
      }
  }
  const rule = hintedRule(table, food, hint)
  if (rule) {
    const q = ruleQuantity(g, food, rule)
    if (q) return { quantity: q, noVolumeMeasure: false }
  }
  if (!rule && aisle === 'produce' && hint?.kind !== 'weight') {
    const counted = countQuantity(g, food, PRODUCE_COUNT_WORDS, null)
    if (counted) return { quantity: counted, noVolumeMeasure: false }
  }
  if (food.amountUnit === 'ml') {
    // A drink the person entered per 100 ml: its amounts are millilitres (1 ml taken as 1 g).
    const density = { gramsPerMl: 1, portionLabel: food.portions[0]?.label ?? '100 ml' }
    return {
      quantity: {
        ...base,
        measure: 'volume',
        amount: g,
        grams: g,
        density,
        ruleId: rule?.id ?? null,
      },
      noVolumeMeasure: false,
    }
  }
  const noVolumeMeasure = rule !== null && rule.packages.metric[0]?.measure === 'volume'
  return {
    quantity: { ...base, measure: 'mass', amount: g, grams: g, ruleId: rule?.id ?? null },
    noVolumeMeasure,
  }
}
