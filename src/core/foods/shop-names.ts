/**
 * The name a shopper looks for: hand-written for the foods the starter recipes and curated foods
 * use (shop-name-table.ts), rule-cleaned for the rest of the catalogue, and the person's own
 * name for their own foods. A food whose B12 data shows added (crystalline) B12 says so, because
 * the shopper must pick a fortified product for the plan's B12 figures to hold.
 */
import { cleanFoodName, type ShopWording } from './clean-food-name'
import { SHOP_NAMES } from './shop-name-table'
import type { FoodRecord } from './types'

export type ShopNameFood = Pick<FoodRecord, 'id' | 'name' | 'source' | 'kind' | 'b12'>

/** What a fortified food's shop name ends with. */
export const FORTIFIED_SUFFIX = 'fortified with B12'

/** True when the food's data carries added B12 (class 'fortified', crystalline part > 0). */
export function isFortifiedWithB12(food: Pick<FoodRecord, 'kind' | 'b12'>): boolean {
  return food.kind === 'food' && food.b12.class === 'fortified' && food.b12.crystallineUgPer100g > 0
}

/** The hand-written shop name for a food id in this wording, or null when there is none. */
export function handWrittenShopName(id: string, wording: ShopWording): string | null {
  const entry = SHOP_NAMES[id]
  if (!entry) return null
  return wording === 'us' ? (entry.us ?? entry.uk) : entry.uk
}

/**
 * The food's shop name: "SILK Plain, soymilk" → "Soya drink, fortified with B12" (metric) or
 * "Soy milk, fortified with B12" (US). The person's own foods and supplements keep their names
 * (the person and the curated supplement list wrote them for shopping already).
 */
export function shopName(food: ShopNameFood, wording: ShopWording): string {
  if (food.source === 'user' || food.kind === 'supplement') return food.name
  const base = handWrittenShopName(food.id, wording) ?? cleanFoodName(food.name, wording)
  return isFortifiedWithB12(food) ? `${base}, ${FORTIFIED_SUFFIX}` : base
}
