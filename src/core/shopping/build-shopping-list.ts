/**
 * The shopping list for a date range and household: plan totals + linked manual items, pantry,
 * shop units, aisles (with the person's overrides and order), and free-text manual lines.
 */
import type { Aisle, FoodId, FoodRecord } from '../foods/types'
import { isFortifiedWithB12, shopName, type ShopWording } from '../foods'
import type { PlanEntry, ProfileId, Recipe } from '../planning/types'
import { grams } from '../units'
import { aggregatePlan, recipesById, type FoodTotal } from './aggregate-plan'
import { b12LabelNote } from './b12-label-note'
import type { BuyingTable } from './buying-forms'
import { buyingConverter, buyingKind } from './buying-yields'
import { toLineAmount } from './convert-quantity'
import { groupByAisle, sortLines } from './group-by-aisle'
import type { PackageTable } from './package-table'
import { applyPantry } from './pantry'
import { planPeriod } from './period-coverage'
import { foodShopQuantity, supplementShopQuantity, type ShopFood } from './shop-quantity'
import type {
  DateRange,
  LineNote,
  ManualItem,
  PantryItem,
  Quantity,
  ShoppingLine,
  ShoppingList,
  ShopQuantity,
} from './types'

export interface BuildShoppingListInput {
  entries: readonly PlanEntry[]
  recipes: readonly Recipe[] | ReadonlyMap<string, Recipe>
  /** Foods by id (catalogue and the person's own). */
  foods: ReadonlyMap<string, FoodRecord>
  range: DateRange
  /** Members to shop for; null or omitted = everyone in the plan. */
  profileIds?: readonly ProfileId[] | null
  /** From packageTableFromJson(resources/shopping/package-sizes.json). */
  packages: PackageTable
  pantry?: readonly PantryItem[]
  manual?: readonly ManualItem[]
  /** Aisle order for the sections (default DEFAULT_AISLE_ORDER); missing aisles follow. */
  aisleOrder?: readonly Aisle[]
  /** foodId → aisle, where the person moved an item. */
  aisleOverrides?: Readonly<Record<string, Aisle>>
  /**
   * From buyingTableFromJson(resources/foods/buying-forms.json): cooked and prepared foods are
   * listed as what is bought. Omitted = every food as it is named, without "as cooked" notes.
   */
  buying?: BuyingTable
  /** Food names in UK ('metric') or US ('us') shop wording, as the units setting; default 'metric'. */
  wording?: ShopWording
  /** Count unplanned days from planned ones on the same weekday (see period-coverage.ts). */
  repeatPlannedDays?: boolean
}

export const LINE_NOTES = {
  kept_apart: {
    code: 'kept_apart',
    text: 'listed separately: this food publishes no conversion between the measures',
  },
  no_volume_measure: {
    code: 'no_volume_measure',
    text: 'shown by weight: no published volume for this food',
  },
  unknown_food: { code: 'unknown_food', text: 'not found in your foods' },
  as_cooked: {
    code: 'as_cooked',
    text: 'as cooked: the amount is of the cooked food (no buying conversion is known)',
  },
  as_prepared: {
    code: 'as_prepared',
    text: 'as prepared: the amount is of the prepared food (no buying conversion is known)',
  },
} as const satisfies Record<string, LineNote>

interface Draft extends FoodTotal {
  apart: Quantity[]
  manual: boolean
}

function unknownFood(id: FoodId, units: number): ShopFood {
  return {
    id,
    name: id,
    kind: units > 0 ? 'supplement' : 'food',
    portions: [],
    aisle: 'other',
    supplement: null,
  }
}

function addLinkedManual(drafts: Map<FoodId, Draft>, input: BuildShoppingListInput): ManualItem[] {
  const freeText: ManualItem[] = []
  for (const m of input.manual ?? []) {
    const food = m.foodId === undefined ? undefined : input.foods.get(m.foodId)
    if (!food) {
      freeText.push(m)
      continue
    }
    let d = drafts.get(food.id)
    if (!d) {
      d = {
        foodId: food.id,
        grams: 0,
        units: 0,
        recipeIds: new Set(),
        profiles: new Set(),
        direct: false,
        usedAs: new Set(),
        apart: [],
        manual: true,
      }
      drafts.set(food.id, d)
    }
    d.manual = true
    if (!m.quantity) continue
    const amount = toLineAmount(food, m.quantity, input.packages)
    if (amount === null) d.apart.push(m.quantity)
    else {
      d.grams += amount.grams
      d.units += amount.units
    }
  }
  return freeText
}

function shopFor(
  food: ShopFood,
  toBuy: { grams: number; units: number },
  aisle: Aisle,
  table: PackageTable,
  notes: LineNote[],
  buying?: BuyingTable,
): ShopQuantity | null {
  if (food.kind === 'supplement')
    return toBuy.units > 0 ? supplementShopQuantity(food, toBuy.units, table) : null
  if (!(toBuy.grams > 0)) return null
  const hint = buying?.shop.get(food.id)
  const { quantity, noVolumeMeasure } = foodShopQuantity(
    food,
    grams(toBuy.grams),
    table,
    aisle,
    hint,
  )
  if (noVolumeMeasure) notes.push(LINE_NOTES.no_volume_measure)
  return quantity
}

/** The USDA name behind a USDA food's shop name, for the line's details. */
function usdaNameOf(food: FoodRecord | undefined): { usdaName?: string } {
  return food && food.source.startsWith('usda') ? { usdaName: food.name } : {}
}

function foodLine(
  d: Draft,
  input: BuildShoppingListInput,
  recipeNames: ReadonlyMap<string, string>,
  pantry: ReadonlyMap<string, PantryItem>,
): ShoppingLine {
  const known = input.foods.get(d.foodId)
  const food = known ?? unknownFood(d.foodId, d.units)
  const notes: LineNote[] = known ? [] : [LINE_NOTES.unknown_food]
  const kind = known && input.buying ? buyingKind(input.buying, input.foods, known) : 'as sold'
  if (kind === 'as cooked') notes.push(LINE_NOTES.as_cooked)
  if (kind === 'as prepared') notes.push(LINE_NOTES.as_prepared)
  const apart = [...d.apart]
  // A food has no units and a supplement no grams: a stray amount of the other kind is kept apart.
  if (food.kind === 'supplement' && d.grams > 0) apart.push({ kind: 'mass', grams: grams(d.grams) })
  if (food.kind !== 'supplement' && d.units > 0) apart.push({ kind: 'count', count: d.units })
  const need =
    food.kind === 'supplement' ? { grams: 0, units: d.units } : { grams: d.grams, units: 0 }
  if (apart.length > 0) notes.push(LINE_NOTES.kept_apart)
  const p = applyPantry(food, need, pantry.get(d.foodId), input.packages)
  notes.push(...p.notes)
  const aisle = input.aisleOverrides?.[d.foodId] ?? food.aisle
  const toBuy = { grams: p.toBuyGrams, units: p.toBuyUnits }
  const recipes = [...new Set([...d.recipeIds].map((id) => recipeNames.get(id) ?? id))].sort()
  const shop = shopFor(food, toBuy, aisle, input.packages, notes, input.buying)
  if (known && isFortifiedWithB12(known))
    notes.push(b12LabelNote(known, shop?.measure === 'volume'))
  return {
    key: d.foodId,
    kind: food.kind === 'supplement' ? 'supplement' : 'food',
    foodId: d.foodId,
    name: known ? shopName(known, input.wording ?? 'metric') : food.name,
    ...usdaNameOf(known),
    aisle,
    grams: grams(need.grams),
    units: need.units,
    toBuyGrams: grams(toBuy.grams),
    toBuyUnits: toBuy.units,
    apart,
    pantry: p.status,
    shop,
    recipes,
    profiles: [...d.profiles].sort(),
    direct: d.direct,
    manual: d.manual,
    notes,
    checked: false,
  }
}

function plainShop(q: Quantity): ShopQuantity {
  const base = { portion: null, density: null, packs: null, ruleId: null, supplement: null }
  if (q.kind === 'mass') return { ...base, measure: 'mass', amount: q.grams, grams: q.grams }
  if (q.kind === 'volume')
    return { ...base, measure: 'volume', amount: q.millilitres, grams: grams(0) }
  return { ...base, measure: 'count', amount: q.count, grams: grams(0) }
}

/** A free-text line ('manual:<id>'); its quantity is shown as entered. */
export function manualLine(m: ManualItem): ShoppingLine {
  const valid =
    m.quantity !== undefined &&
    Object.values(m.quantity).some((v) => typeof v === 'number' && v > 0)
  const g = m.quantity?.kind === 'mass' ? m.quantity.grams : 0
  return {
    key: `manual:${m.id}`,
    kind: 'manual',
    foodId: null,
    name: m.text,
    aisle: m.aisle ?? 'other',
    grams: grams(g),
    units: 0,
    toBuyGrams: grams(g),
    toBuyUnits: 0,
    apart: [],
    pantry: 'none',
    shop: valid && m.quantity ? plainShop(m.quantity) : null,
    recipes: [],
    profiles: [],
    direct: false,
    manual: true,
    notes: [],
    checked: false,
  }
}

/**
 * Builds the list (all lines unchecked; see applyListState). Grams and units are exact sums:
 * recipe ingredient grams × servings / recipe servings, plus food grams and supplement units.
 * Unknown recipes are skipped and reported; unknown foods still get a line (aisle 'other').
 * A manual item linked to a known food joins that food's line; other manual items are free text.
 */
export function buildShoppingList(input: BuildShoppingListInput): ShoppingList {
  const recipes =
    input.recipes instanceof Map
      ? (input.recipes as ReadonlyMap<string, Recipe>)
      : recipesById(input.recipes as readonly Recipe[])
  const toBuying = input.buying ? buyingConverter(input.buying, input.foods) : undefined
  const period = planPeriod(
    input.entries,
    input.range,
    input.profileIds,
    input.repeatPlannedDays ?? false,
  )
  const entries = period.extra.length > 0 ? [...input.entries, ...period.extra] : input.entries
  const { totals, missingRecipes } = aggregatePlan(
    entries,
    recipes,
    { range: input.range, profileIds: input.profileIds },
    toBuying,
  )
  const drafts = new Map<FoodId, Draft>()
  for (const [id, t] of totals) drafts.set(id, { ...t, apart: [], manual: false })
  const freeText = addLinkedManual(drafts, input)
  const recipeNames = new Map([...recipes.values()].map((r) => [r.id as string, r.name]))
  const pantry = new Map<string, PantryItem>((input.pantry ?? []).map((p) => [p.foodId, p]))
  const lines = [...drafts.values()].map((d) => foodLine(d, input, recipeNames, pantry))
  lines.push(...freeText.map(manualLine))
  const order = input.aisleOrder
  return {
    range: { ...input.range },
    profileIds: input.profileIds ? [...input.profileIds] : null,
    period: period.coverage,
    lines: sortLines(lines, order),
    sections: groupByAisle(lines, order),
    problems: {
      missingRecipes: [...missingRecipes].sort(),
      missingFoods: [...drafts.keys()].filter((id) => !input.foods.has(id)).sort(),
    },
  }
}
