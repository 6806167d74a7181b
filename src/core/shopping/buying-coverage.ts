/**
 * How every ingredient line of a recipe library reaches the shopping list: bought through a
 * cooking yield, bought as it is (raw, dry, canned, packed), or left "as cooked" / "as prepared".
 * For the starter-library check (test) and its table (bench/shopping-buying.bench.ts).
 */
import type { FoodId, FoodRecord } from '../foods/types'
import { grams } from '../units'
import type { BuyingTable } from './buying-forms'
import { buyingKind, type BuyingKind } from './buying-yields'
import type { PackageTable } from './package-table'
import { foodShopQuantity } from './shop-quantity'

/** How the bought food is picked up: by weight, volume or count, each with or without packs. */
export type BuyingMeasure = 'weight' | 'volume' | 'count' | 'packs'

export interface FoodBuying {
  foodId: FoodId
  name: string
  kind: BuyingKind
  /** The food on the list (the bought food for a conversion). */
  boughtId: FoodId
  measure: BuyingMeasure
  /** Ingredient lines that use this food. */
  lines: number
}

export interface BuyingCoverage {
  foods: FoodBuying[]
  /** Ingredient lines (and foods) per kind. */
  linesByKind: Record<BuyingKind, number>
  foodsByKind: Record<BuyingKind, number>
  /** Lines whose food is not in `foods` (not counted in the kinds). */
  unknownLines: number
}

const zero = (): Record<BuyingKind, number> => ({
  converted: 0,
  'as sold': 0,
  'as cooked': 0,
  'as prepared': 0,
})

function measureOf(food: FoodRecord, table: BuyingTable, packages: PackageTable): BuyingMeasure {
  const { quantity } = foodShopQuantity(
    food,
    grams(1000),
    packages,
    food.aisle,
    table.shop.get(food.id),
  )
  if ((quantity.packs?.metric.length ?? 0) > 0) return 'packs'
  if (quantity.measure === 'volume') return 'volume'
  if (quantity.measure === 'count') return 'count'
  return 'weight'
}

/**
 * Classifies each food the recipes use (see buyingKind) and how its bought food is picked up
 * (1 kg of it through foodShopQuantity with the buying table's hint). Lines are counted per
 * ingredient; foods sorted by name.
 */
export function buyingCoverage(
  recipes: readonly { ingredients: readonly { foodId: string }[] }[],
  foods: ReadonlyMap<string, FoodRecord>,
  table: BuyingTable,
  packages: PackageTable,
): BuyingCoverage {
  const lines = new Map<string, number>()
  for (const r of recipes)
    for (const ing of r.ingredients) lines.set(ing.foodId, (lines.get(ing.foodId) ?? 0) + 1)
  const result: BuyingCoverage = {
    foods: [],
    linesByKind: zero(),
    foodsByKind: zero(),
    unknownLines: 0,
  }
  for (const [id, n] of lines) {
    const food = foods.get(id)
    if (!food) {
      result.unknownLines += n
      continue
    }
    const kind = buyingKind(table, foods, food)
    const yieldFor = table.yields.get(id)
    const bought = kind === 'converted' && yieldFor ? (foods.get(yieldFor.buyId) ?? food) : food
    result.foods.push({
      foodId: food.id,
      name: food.name,
      kind,
      boughtId: bought.id,
      measure: measureOf(bought, table, packages),
      lines: n,
    })
    result.linesByKind[kind] += n
    result.foodsByKind[kind] += 1
  }
  result.foods.sort((a, b) => a.name.localeCompare(b.name))
  return result
}
