import { b12Parts } from './classify-b12'
import {
  AISLES,
  B12_CLASSES,
  foodId,
  type Aisle,
  type B12Class,
  type B12Reason,
  type DietAnswer,
  type DietReason,
  type FoodKind,
  type FoodRecord,
  type FoodSource,
  type SupplementInfo,
} from './types'

/**
 * The shipped catalogue (resources/foods/catalogue.json): a header with string tables and one
 * array row per food (one per line, so git diffs stay readable). Row columns, in order:
 * id, source (index into `sources`), name, group (index into `groups`), energyKcal, proteinG,
 * b12Ug, b12AddedUg, folateDfeUg, folicAcidUg (per 100 g, null = no value), portions as a flat
 * [label, grams, …] list, b12 class (index into B12_CLASSES), b12 reason (index into
 * `b12Reasons`), diet as three letters y/n/u for vegan, lacto-ovo vegetarian, pescatarian
 * (omnivore is always yes), diet reason (index into `dietReasons`), aisle (index into AISLES),
 * aka (string or null), extra (null or {kind, note, supplement}).
 */
export const CATALOGUE_FORMAT = 'b12-planner-foods/1'

export type CatalogueRow = [
  id: string,
  source: number,
  name: string,
  group: number,
  energyKcal: number | null,
  proteinG: number | null,
  b12Ug: number | null,
  b12AddedUg: number | null,
  folateDfeUg: number | null,
  folicAcidUg: number | null,
  portions: (string | number)[],
  b12Class: number,
  b12Reason: number,
  diet: string,
  dietReason: number,
  aisle: number,
  aka: string | null,
  extra: CatalogueExtra | null,
]

export interface CatalogueExtra {
  kind?: FoodKind
  note?: string
  supplement?: SupplementInfo
}

export interface CatalogueSourceInfo {
  id: FoodSource
  citation: string
}

export interface CatalogueFile {
  format: typeof CATALOGUE_FORMAT
  /** Content hash written by the builder; changes whenever any byte of the content changes. */
  version: string
  sources: CatalogueSourceInfo[]
  groups: string[]
  b12Reasons: B12Reason[]
  dietReasons: DietReason[]
  foods: CatalogueRow[]
}

export interface Catalogue {
  version: string
  sources: CatalogueSourceInfo[]
  foods: FoodRecord[]
}

/** Thrown when a catalogue file does not have the expected shape; the message names the spot. */
export class CatalogueFormatError extends Error {
  override name = 'CatalogueFormatError'
}

const DIET_LETTERS: Readonly<Record<string, DietAnswer>> = { y: 'yes', n: 'no', u: 'unknown' }

/** The answer at position i of a checked 'ynu' string. */
const dietAnswer = (letters: string, i: number): DietAnswer =>
  DIET_LETTERS[letters.charAt(i)] ?? 'unknown'

function fail(where: string, what: string): never {
  throw new CatalogueFormatError(`Food catalogue: ${where}: ${what}`)
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const numOrNull = (v: unknown, where: string): number | null =>
  v === null ? null : isNum(v) && v >= 0 ? v : fail(where, 'expected a number ≥ 0 or null')

function pick<T>(table: readonly T[], index: unknown, where: string): T {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= table.length) {
    return fail(where, `index ${String(index)} is not in its table`)
  }
  return table[index] as T
}

function stringTable(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    fail(where, 'expected a list of strings')
  return value as string[]
}

function decodePortions(flat: unknown, where: string): FoodRecord['portions'] {
  if (!Array.isArray(flat) || flat.length % 2 !== 0)
    fail(where, 'portions must be [label, grams, …]')
  const portions: FoodRecord['portions'] = []
  for (let i = 0; i < flat.length; i += 2) {
    const label: unknown = flat[i]
    const grams: unknown = flat[i + 1]
    if (typeof label !== 'string' || !isNum(grams) || grams <= 0)
      fail(where, `portion ${i / 2} is malformed`)
    portions.push({ label, grams })
  }
  return portions
}

function decodeExtra(extra: unknown, where: string): CatalogueExtra {
  if (extra === null) return {}
  if (typeof extra !== 'object' || Array.isArray(extra))
    return fail(where, 'extra must be an object or null')
  const e = extra as CatalogueExtra
  if (e.kind !== undefined && e.kind !== 'food' && e.kind !== 'supplement')
    fail(where, 'unknown kind')
  if (
    e.supplement !== undefined &&
    !(isNum(e.supplement.ugPerUnit) && e.supplement.ugPerUnit >= 0)
  ) {
    fail(where, 'supplement.ugPerUnit must be a number ≥ 0')
  }
  return e
}

function decodeRow(
  row: unknown,
  i: number,
  file: CatalogueFile,
  sources: readonly FoodSource[],
): FoodRecord {
  const where = `food ${i}`
  if (!Array.isArray(row) || row.length !== 18)
    return fail(where, 'expected an array of 18 columns')
  const [
    id,
    src,
    name,
    group,
    kcal,
    prot,
    b12,
    added,
    folate,
    folic,
    portions,
    cls,
    b12r,
    diet,
    dietr,
    aisle,
    aka,
    extra,
  ] = row as unknown[]
  if (typeof id !== 'string' || !/^(sr28|fndds|curated|custom):\S+$/.test(id)) fail(where, 'bad id')
  if (typeof name !== 'string' || name.length === 0) fail(where, 'bad name')
  if (typeof diet !== 'string' || !/^[ynu]{3}$/.test(diet))
    fail(where, 'diet must be three of y/n/u')
  if (aka !== null && typeof aka !== 'string') fail(where, 'aka must be a string or null')
  const source = pick(sources, src, `${where} source`)
  const per100g = {
    energyKcal: numOrNull(kcal, `${where} energyKcal`),
    proteinG: numOrNull(prot, `${where} proteinG`),
    b12Ug: numOrNull(b12, `${where} b12Ug`),
    b12AddedUg: numOrNull(added, `${where} b12AddedUg`),
    folateDfeUg: numOrNull(folate, `${where} folateDfeUg`),
    folicAcidUg: numOrNull(folic, `${where} folicAcidUg`),
  }
  const b12Class: B12Class = pick(B12_CLASSES, cls, `${where} b12 class`)
  const e = decodeExtra(extra, `${where} extra`)
  const supplement = e.supplement ?? null
  const parts = supplement
    ? { food: 0, crystalline: supplement.ugPerUnit }
    : b12Parts(b12Class, per100g.b12Ug, per100g.b12AddedUg)
  const colon = id.indexOf(':')
  return {
    id: foodId(id),
    source,
    sourceId: source === 'usda-sr28' || source === 'usda-fndds' ? id.slice(colon + 1) : null,
    name,
    foodGroup: pick(file.groups, group, `${where} group`),
    aka,
    kind: e.kind ?? 'food',
    per100g,
    portions: decodePortions(portions, where),
    b12: {
      class: b12Class,
      reason: pick(file.b12Reasons, b12r, `${where} b12 reason`),
      foodUgPer100g: parts.food,
      crystallineUgPer100g: parts.crystalline,
    },
    diet: {
      vegan: dietAnswer(diet, 0),
      lacto_ovo_vegetarian: dietAnswer(diet, 1),
      pescatarian: dietAnswer(diet, 2),
      omnivore: 'yes',
      reason: pick(file.dietReasons, dietr, `${where} diet reason`),
    },
    aisle: pick<Aisle>(AISLES, aisle, `${where} aisle`),
    note: e.note ?? null,
    supplement,
  }
}

/**
 * Decodes and checks the shipped catalogue (already JSON-parsed). Throws a
 * CatalogueFormatError naming the first bad spot; returns every food with its B12 split
 * (µg per 100 g; per unit for supplements) recomputed from the stored class and values.
 */
export function decodeCatalogue(json: unknown): Catalogue {
  if (typeof json !== 'object' || json === null) fail('file', 'not a JSON object')
  const file = json as CatalogueFile
  if (file.format !== CATALOGUE_FORMAT)
    fail('format', `expected ${CATALOGUE_FORMAT}, got ${String(file.format)}`)
  if (typeof file.version !== 'string' || file.version.length === 0) fail('version', 'missing')
  if (!Array.isArray(file.sources)) fail('sources', 'missing')
  stringTable(file.groups, 'groups')
  stringTable(file.b12Reasons, 'b12Reasons')
  stringTable(file.dietReasons, 'dietReasons')
  if (!Array.isArray(file.foods)) fail('foods', 'missing')
  const sources = file.sources.map((s) => s.id)
  const foods = file.foods.map((row, i) => decodeRow(row, i, file, sources))
  return { version: file.version, sources: file.sources, foods }
}
