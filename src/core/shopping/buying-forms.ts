/**
 * The curated table of buying forms (resources/foods/buying-forms.json): which catalogue food is
 * bought for a cooked or prepared one and how many grams per gram used (a cooking yield), how a
 * bought food is picked up (a package rule, whole items or by weight), and which foods named
 * cooked or prepared are sold that way. Parsing with clear errors; the lookups are pure.
 */
import { foodId, type FoodId } from '../foods/types'

/**
 * How a yield was derived: mass balance of energy (kcal/100 g) or protein (g/100 g) between the
 * two SR28 rows, or one item for one item from the two foods' own USDA portions.
 */
export type YieldBasis = 'energy' | 'protein' | 'count' | 'energy and protein'

/** A cooked or prepared food bought as another food: `factor` grams bought per gram used. */
export interface BuyingYield {
  foodId: FoodId
  buyId: FoodId
  basis: YieldBasis
  factor: number
  /** Dry heat or frying adds no water: the factor was not allowed below 1. */
  atLeastOne: boolean
  /** The two rows, their figures and the method, as cited in the data file. */
  source: string
  /** Further foods bought per gram used (the milk a pudding mix is made with); usually none. */
  with: readonly { buyId: FoodId; factor: number }[]
}

/** How a bought food is picked up: a package rule by id, whole items by portion words, or weight. */
export type ShopHint =
  | { kind: 'rule'; ruleId: string }
  | { kind: 'count'; words: readonly string[]; say: string }
  | { kind: 'weight' }

export interface BuyingTable {
  yields: ReadonlyMap<string, BuyingYield>
  shop: ReadonlyMap<string, ShopHint>
  /** Foods whose name says cooked, roasted or prepared but which are sold so, with the reason. */
  asSold: ReadonlyMap<string, string>
}

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(`buying-forms.json: ${message}`)
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const BASES: readonly YieldBasis[] = ['energy', 'protein', 'count', 'energy and protein']
const positiveNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0

function parseParts(raw: unknown, where: string): BuyingYield['with'] {
  if (raw === undefined) return []
  check(Array.isArray(raw), `${where}.with must be a list`)
  return raw.map((p, i) => {
    const part = record(p)
    check(
      isText(part.buy) && positiveNumber(part.factor),
      `${where}.with[${i}]: buy and a factor > 0 are required`,
    )
    return { buyId: foodId(part.buy), factor: part.factor }
  })
}

function parseYield(raw: unknown, index: number): BuyingYield {
  const y = record(raw)
  const where = `yields[${index}]${isText(y.food) ? ` (${y.food})` : ''}`
  check(isText(y.food) && isText(y.buy), `${where}: food and buy are required`)
  check(y.food !== y.buy, `${where}: a food cannot be bought as itself`)
  check(BASES.includes(y.by as YieldBasis), `${where}: by must be one of ${BASES.join(', ')}`)
  check(
    typeof y.factor === 'number' && Number.isFinite(y.factor) && y.factor > 0,
    `${where}: factor must be > 0`,
  )
  check(isText(y.source), `${where}: source (the citation) is required`)
  const atLeastOne = y.atLeastOne === true
  check(!atLeastOne || y.factor >= 1, `${where}: atLeastOne needs a factor of at least 1`)
  return {
    foodId: foodId(y.food),
    buyId: foodId(y.buy),
    basis: y.by as YieldBasis,
    factor: y.factor,
    atLeastOne,
    source: y.source,
    with: parseParts(y.with, where),
  }
}

function parseHint(raw: unknown, where: string): ShopHint {
  const h = record(raw)
  if (isText(h.rule)) return { kind: 'rule', ruleId: h.rule }
  if (h.weight === true) return { kind: 'weight' }
  check(
    Array.isArray(h.count) && h.count.length > 0 && h.count.every(isText),
    `${where}: give rule, count (portion words) or weight`,
  )
  check(h.say === undefined || isText(h.say), `${where}: say must be text`)
  // What one item is called on the list: "whole" (14 whole lemons) or a noun ("2 heads").
  const say = isText(h.say) ? h.say : 'whole'
  return { kind: 'count', words: h.count.map((w) => w.toLowerCase()), say }
}

/**
 * Parses and checks the buying table (already JSON-parsed). Throws an Error naming the bad entry:
 * the file ships with the app, so a mistake fails loudly in tests. A food has at most one yield,
 * and a yield's bought food is never itself converted again (one step, so sums stay exact).
 */
export function buyingTableFromJson(json: unknown): BuyingTable {
  const o = record(json)
  check(Array.isArray(o.yields), 'yields must be a list')
  const yields = new Map<string, BuyingYield>()
  o.yields.forEach((raw, i) => {
    const y = parseYield(raw, i)
    check(!yields.has(y.foodId), `yields[${i}]: ${y.foodId} is listed twice`)
    yields.set(y.foodId, y)
  })
  for (const y of yields.values())
    for (const id of [y.buyId, ...y.with.map((p) => p.buyId)])
      check(!yields.has(id), `${y.foodId}: its bought food ${id} has a yield of its own`)
  const shop = new Map(
    Object.entries(record(o.shop)).map(([id, h]) => [id, parseHint(h, `shop.${id}`)] as const),
  )
  const asSold = new Map<string, string>()
  for (const [id, why] of Object.entries(record(o.asSold))) {
    check(isText(why), `asSold.${id}: give the reason`)
    asSold.set(id, why)
  }
  return { yields, shop, asSold }
}

/** An empty table: every food is bought as it is named. */
export const NO_BUYING_FORMS: BuyingTable = {
  yields: new Map(),
  shop: new Map(),
  asSold: new Map(),
}
