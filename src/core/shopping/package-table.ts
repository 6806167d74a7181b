/**
 * The curated table of typical package sizes (resources/shopping/package-sizes.json): parsing
 * with clear errors, and finding the rule for a food by the words in its name.
 */
import type { FoodRecord } from '../foods/types'
import { GRAMS_PER_LB, GRAMS_PER_OZ, ML_PER_FL_OZ, ML_PER_GALLON, ML_PER_QUART } from './measures'
import type { UnitSystem } from './types'

export type PackMeasure = 'mass' | 'volume' | 'count'

/** One typical package: `size` in grams (mass), millilitres (volume) or items (count). */
export interface PackSize {
  measure: PackMeasure
  size: number
  /** How the size reads on a shelf: "1 L", "15 oz", "half-gallon"; "" for counts. */
  label: string
  noun: string
  plural: string
}

export interface PackageRule {
  id: string
  label: string
  /** Count whole items by the first USDA portion "1 <word>" found, in this order. */
  countPortions: readonly string[]
  packages: Readonly<Record<UnitSystem, readonly PackSize[]>>
  /** Compiled name test on the lower-case lead and whole name; see ruleFor. */
  test: (lead: string, name: string) => boolean
}

export interface PackageTable {
  about: string
  supplementBottles: { label: string; sizes: readonly number[]; noun: string; plural: string }
  rules: readonly PackageRule[]
}

const UNITS: Readonly<Record<string, { measure: PackMeasure; factor: number; symbol: string }>> = {
  g: { measure: 'mass', factor: 1, symbol: 'g' },
  kg: { measure: 'mass', factor: 1000, symbol: 'kg' },
  oz: { measure: 'mass', factor: GRAMS_PER_OZ, symbol: 'oz' },
  lb: { measure: 'mass', factor: GRAMS_PER_LB, symbol: 'lb' },
  ml: { measure: 'volume', factor: 1, symbol: 'ml' },
  l: { measure: 'volume', factor: 1000, symbol: 'L' },
  fl_oz: { measure: 'volume', factor: ML_PER_FL_OZ, symbol: 'fl oz' },
  qt: { measure: 'volume', factor: ML_PER_QUART, symbol: 'qt' },
  gal: { measure: 'volume', factor: ML_PER_GALLON, symbol: 'gal' },
  count: { measure: 'count', factor: 1, symbol: '' },
}

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(`package-sizes.json: ${message}`)
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0
const words = (v: unknown, where: string): string[] => {
  if (v === undefined) return []
  check(Array.isArray(v) && v.every(isText), `${where} must be a list of words`)
  return v.map((w) => w.toLowerCase())
}

function pack(raw: unknown, where: string): PackSize {
  const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const unit = typeof p.unit === 'string' ? UNITS[p.unit] : undefined
  check(unit !== undefined, `${where}: unit must be one of ${Object.keys(UNITS).join(', ')}`)
  check(
    typeof p.amount === 'number' && Number.isFinite(p.amount) && p.amount > 0,
    `${where}: amount must be > 0`,
  )
  check(isText(p.noun) && isText(p.plural), `${where}: noun and plural are required`)
  check(p.name === undefined || isText(p.name), `${where}: name must be text`)
  const label = isText(p.name)
    ? p.name
    : unit.measure === 'count'
      ? ''
      : `${p.amount} ${unit.symbol}`
  return {
    measure: unit.measure,
    size: p.amount * unit.factor,
    label,
    noun: p.noun,
    plural: p.plural,
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const anyWord = (list: readonly string[]): RegExp | null =>
  list.length === 0
    ? null
    : new RegExp(`(?<![a-z])(?:${list.map(escapeRegExp).join('|')})(?![a-z])`)

function rule(raw: unknown, index: number): PackageRule {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const where = `rules[${index}]${isText(r.id) ? ` (${r.id})` : ''}`
  check(isText(r.id) && isText(r.label), `${where}: id and label are required`)
  const match = anyWord(words(r.match, `${where}.match`))
  check(match !== null, `${where}: match needs at least one word`)
  const all = words(r.all, `${where}.all`).flatMap((w) => anyWord([w]) ?? [])
  const exclude = anyWord(words(r.exclude, `${where}.exclude`))
  const pk = (typeof r.packages === 'object' && r.packages !== null ? r.packages : {}) as Record<
    string,
    unknown
  >
  check(
    Array.isArray(pk.metric) && pk.metric.length > 0,
    `${where}: packages.metric needs at least one size`,
  )
  const metric = pk.metric.map((p, i) => pack(p, `${where}.packages.metric[${i}]`))
  const us = Array.isArray(pk.us)
    ? pk.us.map((p, i) => pack(p, `${where}.packages.us[${i}]`))
    : metric
  const measures = new Set([...metric, ...us].map((p) => p.measure))
  check(
    measures.size === 1,
    `${where}: all packages of a rule must be of one measure (mass, volume or count)`,
  )
  return {
    id: r.id,
    label: r.label,
    countPortions: words(r.countPortions, `${where}.countPortions`),
    packages: { metric, us },
    test: (lead, name) =>
      match.test(lead) && all.every((w) => w.test(name)) && !(exclude?.test(name) ?? false),
  }
}

/**
 * Parses and checks the package table (already JSON-parsed). Throws an Error naming the bad
 * entry: the file ships with the app, so a mistake should fail loudly in tests and at build.
 * Sizes are converted to grams, millilitres or item counts; US lists default to the metric ones.
 */
export function packageTableFromJson(json: unknown): PackageTable {
  check(typeof json === 'object' && json !== null, 'not an object')
  const o = json as Record<string, unknown>
  check(Array.isArray(o.rules), 'rules must be a list')
  const rules = o.rules.map(rule)
  check(new Set(rules.map((r) => r.id)).size === rules.length, 'duplicate rule ids')
  const b = (
    typeof o.supplementBottles === 'object' && o.supplementBottles !== null
      ? o.supplementBottles
      : {}
  ) as Record<string, unknown>
  const sizes = b.sizes
  check(
    Array.isArray(sizes) && sizes.length > 0 && sizes.every((s) => Number.isInteger(s) && s > 0),
    'supplementBottles.sizes must be positive whole numbers',
  )
  check(
    isText(b.noun) && isText(b.plural) && isText(b.label),
    'supplementBottles needs label, noun and plural',
  )
  return {
    about: isText(o.about) ? o.about : '',
    supplementBottles: { label: b.label, sizes: sizes as number[], noun: b.noun, plural: b.plural },
    rules,
  }
}

/** USDA names that open with a category ("Beverages, almond milk"): the food is the next part. */
const CATEGORY_FIRST = new Set([
  'beverages',
  'nuts',
  'seeds',
  'spices',
  'cereals',
  'cereals ready-to-eat',
  'leavening agents',
])

/**
 * The part of a name that says what the food is: USDA names lead with it ("Bread, whole-wheat",
 * "Milk, fluid"), while mixed dishes name other foods later ("Cheese sandwich, on white bread").
 */
export function leadOfName(name: string): string {
  const parts = name
    .toLowerCase()
    .split(',')
    .map((p) => p.trim())
  const first = parts[0] ?? ''
  return CATEGORY_FIRST.has(first) && parts.length > 1 ? `${first}, ${parts[1]}` : first
}

/**
 * The first rule that applies to the food, or null. A rule's `match` words are looked for in the
 * lead of the name (see leadOfName), its `all` and `exclude` words in the whole name; all
 * matching is case-insensitive on whole words or phrases.
 */
export function ruleFor(table: PackageTable, food: Pick<FoodRecord, 'name'>): PackageRule | null {
  const name = food.name.toLowerCase()
  const lead = leadOfName(name)
  return table.rules.find((r) => r.test(lead, name)) ?? null
}
