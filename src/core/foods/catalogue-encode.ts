import { AISLES, B12_CLASSES, type B12Reason, type DietReason, type FoodRecord } from './types'
import {
  CATALOGUE_FORMAT,
  type CatalogueExtra,
  type CatalogueFile,
  type CatalogueRow,
  type CatalogueSourceInfo,
} from './catalogue-format'

const LETTER = { yes: 'y', no: 'n', unknown: 'u' } as const

/** Index of `value` in `table`, appending it the first time (tables stay in first-seen order). */
function intern<T>(table: T[], index: Map<T, number>, value: T): number {
  let i = index.get(value)
  if (i === undefined) {
    i = table.length
    table.push(value)
    index.set(value, i)
  }
  return i
}

/**
 * Encodes foods into the shipped row format (see catalogue-format.ts). Order is kept as given,
 * string tables are built in first-seen order, so the same foods give the same file.
 * `version` is left empty for the caller to fill with a content hash.
 */
export function encodeCatalogue(
  foods: readonly FoodRecord[],
  sources: CatalogueSourceInfo[],
): CatalogueFile {
  const groups: string[] = []
  const b12Reasons: B12Reason[] = []
  const dietReasons: DietReason[] = []
  const gi = new Map<string, number>()
  const bi = new Map<B12Reason, number>()
  const di = new Map<DietReason, number>()
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]))
  const rows = foods.map((f): CatalogueRow => {
    const src = sourceIndex.get(f.source)
    if (src === undefined)
      throw new Error(`encodeCatalogue: ${f.id} has unlisted source ${f.source}`)
    const extra: CatalogueExtra = {}
    if (f.kind !== 'food') extra.kind = f.kind
    if (f.note !== null) extra.note = f.note
    if (f.supplement !== null) extra.supplement = f.supplement
    const p = f.per100g
    return [
      f.id,
      src,
      f.name,
      intern(groups, gi, f.foodGroup),
      p.energyKcal,
      p.proteinG,
      p.b12Ug,
      p.b12AddedUg,
      p.folateDfeUg,
      p.folicAcidUg,
      f.portions.flatMap((x) => [x.label, x.grams]),
      B12_CLASSES.indexOf(f.b12.class),
      intern(b12Reasons, bi, f.b12.reason),
      LETTER[f.diet.vegan] + LETTER[f.diet.lacto_ovo_vegetarian] + LETTER[f.diet.pescatarian],
      intern(dietReasons, di, f.diet.reason),
      AISLES.indexOf(f.aisle),
      f.aka,
      Object.keys(extra).length === 0 ? null : extra,
    ]
  })
  return {
    format: CATALOGUE_FORMAT,
    version: '',
    sources,
    groups,
    b12Reasons,
    dietReasons,
    foods: rows,
  }
}

/**
 * Serialises a catalogue as compact JSON with one food row per line (readable diffs, ~1 %
 * larger than a single line). Deterministic: same file in, same text out.
 */
export function catalogueToText(file: CatalogueFile): string {
  const { foods, ...header } = file
  const head = JSON.stringify(header)
  const rows = foods.map((row) => JSON.stringify(row)).join(',\n')
  return `${head.slice(0, -1)},"foods":[\n${rows}\n]}\n`
}
