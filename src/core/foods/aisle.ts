import type { GroupAisle } from './food-groups'
import type { Aisle, FoodKind } from './types'

const FROZEN = /\b(frozen|ice cream|ice pops?|popsicles?|sorbet|sherbet|gelato)\b/
const SHELF =
  /\b(canned|dried|dehydrated|dry|powder|powdered|jarred|shelf[- ]stable|instant|mix|concentrate|pickled|sun-dried)\b/
const BAKERY =
  /^(bread|breads|rolls?|bagels?|buns?|muffins?|croissants?|tortillas?|pita|baguette|biscuits?|cake|cakes|pies?|doughnuts?|danish|pastr(?:y|ies)|scones?|english muffins?)\b/
const DAIRY_ALT =
  /\b(soymilk|soy milk|almond milk|rice milk|oat milk|coconut milk|tofu|soybean curd|plant-based yogurt|milk substitute)\b/

/**
 * Default shopping aisle (a person can change it per food). Supplements → supplements;
 * frozen foods → frozen; canned or dried produce, meat and fish → pantry; plant milks and tofu
 * → dairy (labelled "Dairy and alternatives"); breads and cakes → bakery; else the group's aisle.
 */
export function defaultAisle(name: string, groupAisle: GroupAisle, kind: FoodKind): Aisle {
  if (kind === 'supplement') return 'supplements'
  const lower = name.toLowerCase()
  if (FROZEN.test(lower)) return 'frozen'
  if (DAIRY_ALT.test(lower) && !SHELF.test(lower)) return 'dairy'
  if ((groupAisle === 'produce' || groupAisle === 'meat_fish') && SHELF.test(lower)) return 'pantry'
  if (BAKERY.test(lower)) return 'bakery'
  return groupAisle
}
