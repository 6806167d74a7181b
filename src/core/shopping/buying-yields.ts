/**
 * From what a recipe uses to what is bought: a cooked or prepared food becomes its bought food
 * through the cooking yield in the buying table (grams × factor, exact, no rounding). A food
 * without a yield is bought as it is; when its name says it is cooked or prepared, the list says
 * "as cooked" / "as prepared" instead of guessing a conversion.
 */
import type { FoodId, FoodRecord } from '../foods/types'
import type { BuyingTable } from './buying-forms'

/** A food and an exact amount in grams. */
export interface FoodGrams {
  foodId: FoodId
  grams: number
}

/**
 * Maps a used food and grams to the bought foods and grams (one, or more for a food made of
 * several bought foods such as a pudding mix and milk); [itself] when nothing applies.
 */
export type ToBuying = (foodId: FoodId, grams: number) => FoodGrams[]

/**
 * The converter for a buying table. A yield applies only when its bought food is among `foods`
 * (a list must name a food it can show); otherwise the food stays as it is. Grams × factor is
 * exact: the factor is grams bought per gram used.
 */
export function buyingConverter(table: BuyingTable, foods: ReadonlyMap<string, unknown>): ToBuying {
  return (id, grams) => {
    const y = table.yields.get(id)
    if (!y || !foods.has(y.buyId) || !y.with.every((p) => foods.has(p.buyId)))
      return [{ foodId: id, grams }]
    return [
      { foodId: y.buyId, grams: grams * y.factor },
      ...y.with.map((p) => ({ foodId: p.buyId, grams: grams * p.factor })),
    ]
  }
}

const COOKED =
  /\b(cooked|boiled|baked|roasted|braised|broiled|grilled|fried|pan-fried|pan-browned|poached|scrambled|hard-boiled|steamed|stewed|microwaved|dry heat|moist heat)\b/
/** "prepared" as a state ("frozen, prepared", "prepared with water"), not "commercially prepared". */
const PREPARED = /(^|,\s*)prepared\b(?!\s+with\s+(calcium|magnesium|nigari))/
/** Leads whose roasting is how they are sold (nuts, seeds, coffee). */
const SOLD_ROASTED = /^(nuts|seeds|coffee|beverages, coffee)\b|\bdry roasted\b/

/**
 * Whether a food's name says its amounts are of the cooked or prepared food: 'as cooked',
 * 'as prepared' or null. Case-insensitive; "commercially prepared" and roasted nuts and seeds
 * are not a state.
 */
export function preparedState(name: string): 'as cooked' | 'as prepared' | null {
  const n = name.toLowerCase()
  if (PREPARED.test(n)) return 'as prepared'
  if (COOKED.test(n) && !SOLD_ROASTED.test(n)) return 'as cooked'
  return null
}

/** How a used food reaches the list. */
export type BuyingKind = 'converted' | 'as sold' | 'as cooked' | 'as prepared'

/**
 * How a food is bought with this table and these foods: through a yield ('converted'), as it is
 * ('as sold': raw, dry, canned, packed, or listed as sold cooked), or with an amount that is
 * still cooked or prepared ('as cooked', 'as prepared': no conversion known).
 */
export function buyingKind(
  table: BuyingTable,
  foods: ReadonlyMap<string, unknown>,
  food: Pick<FoodRecord, 'id' | 'name'>,
): BuyingKind {
  const y = table.yields.get(food.id)
  if (y && foods.has(y.buyId) && y.with.every((p) => foods.has(p.buyId))) return 'converted'
  if (table.asSold.has(food.id)) return 'as sold'
  // A yield's bought food is what is bought ("Buckwheat groats, roasted, dry"), whatever its name.
  for (const other of table.yields.values())
    if (other.buyId === food.id || other.with.some((p) => p.buyId === food.id)) return 'as sold'
  return preparedState(food.name) ?? 'as sold'
}
