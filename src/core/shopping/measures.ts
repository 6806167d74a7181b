/**
 * Exact unit factors and the two things a food's own USDA portions can tell us: its weight per
 * volume (only when a portion names a volume) and the weight of one whole item ("1 large" egg).
 * Nothing here guesses a density: a food without a volume portion has none.
 */
import type { FoodRecord, Portion } from '../foods/types'

/** Grams in one avoirdupois ounce (exact by definition). */
export const GRAMS_PER_OZ = 28.349523125
/** Grams in one avoirdupois pound (exact by definition). */
export const GRAMS_PER_LB = 453.59237
/** Millilitres in one US fluid ounce (exact by definition). */
export const ML_PER_FL_OZ = 29.5735295625
/** Millilitres in one US cup (8 fl oz). */
export const ML_PER_CUP = 8 * ML_PER_FL_OZ
/** Millilitres in one US quart (32 fl oz). */
export const ML_PER_QUART = 32 * ML_PER_FL_OZ
/** Millilitres in one US gallon (128 fl oz). */
export const ML_PER_GALLON = 128 * ML_PER_FL_OZ
/** Millilitres in one US tablespoon (½ fl oz). */
export const ML_PER_TBSP = ML_PER_FL_OZ / 2
/** Millilitres in one US teaspoon (⅙ fl oz). */
export const ML_PER_TSP = ML_PER_FL_OZ / 6

/** Grams → ounces. */
export const gramsToOunces = (g: number): number => g / GRAMS_PER_OZ
/** Ounces → grams. */
export const ouncesToGrams = (oz: number): number => oz * GRAMS_PER_OZ
/** Grams → pounds. */
export const gramsToPounds = (g: number): number => g / GRAMS_PER_LB
/** Pounds → grams. */
export const poundsToGrams = (lb: number): number => lb * GRAMS_PER_LB
/** Millilitres → US fluid ounces. */
export const mlToFluidOunces = (ml: number): number => ml / ML_PER_FL_OZ
/** US fluid ounces → millilitres. */
export const fluidOuncesToMl = (flOz: number): number => flOz * ML_PER_FL_OZ
/** Millilitres → US quarts. */
export const mlToQuarts = (ml: number): number => ml / ML_PER_QUART
/** Millilitres → US gallons. */
export const mlToGallons = (ml: number): number => ml / ML_PER_GALLON

const VOLUME_UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(ml|mls|millilit(?:er|re)s?)$/, 1],
  [/^(l|liters?|litres?)$/, 1000],
  [/^(cups?)$/, ML_PER_CUP],
  [/^(quarts?|qt)$/, ML_PER_QUART],
  [/^(fl oz|fluid ounces?)$/, ML_PER_FL_OZ],
  [/^(tbsp|tablespoons?)$/, ML_PER_TBSP],
  [/^(tsp|teaspoons?)$/, ML_PER_TSP],
]
/** Lower rank = more trustworthy: explicit ml first, then larger household measures. */
const UNIT_RANK = ['ml', 'l', 'cup', 'quart', 'fl oz', 'tbsp', 'tsp']

const AMOUNT = String.raw`(\d+(?:\.\d+)?(?:\/\d+)?)`
const UNIT = String.raw`(ml|mls|millilit(?:er|re)s?|l|lit(?:er|re)s?|cups?|quarts?|qt|fl oz|fluid ounces?|tbsp|tablespoons?|tsp|teaspoons?)`
const LEADING = new RegExp(String.raw`^${AMOUNT}\s+${UNIT}\s*(\(.*\))?$`, 'i')
const PAREN = new RegExp(String.raw`\(\s*${AMOUNT}\s*${UNIT}\s*\)`, 'i')

function parseAmount(text: string): number {
  const [num, den] = text.split('/')
  const value = Number(num) / (den === undefined ? 1 : Number(den))
  return Number.isFinite(value) && value > 0 ? value : Number.NaN
}

function volumeMl(amount: string, unit: string): { ml: number; rank: number } | null {
  const u = unit.toLowerCase()
  for (const [pattern, factor] of VOLUME_UNITS) {
    if (!pattern.test(u)) continue
    const rank = UNIT_RANK.findIndex((name) => pattern.test(name))
    const ml = parseAmount(amount) * factor
    return Number.isFinite(ml) ? { ml, rank } : null
  }
  return null
}

/** The volume a portion label names, or null: "1 cup", "1 cup (8 fl oz)", "1 glass (200 ml)". */
export function portionVolumeMl(label: string): { ml: number; rank: number } | null {
  const paren = PAREN.exec(label)
  if (paren) return volumeMl(paren[1] ?? '', paren[2] ?? '')
  const leading = LEADING.exec(label.trim())
  // "1 cup (1/2" cubes)" or "1 cup, chopped" measure a cut-up food, not the food as sold.
  if (leading && leading[3] === undefined) return volumeMl(leading[1] ?? '', leading[2] ?? '')
  return null
}

export interface Density {
  /** Grams per millilitre, from the food's own published portion. */
  gramsPerMl: number
  /** The portion it came from, e.g. "1 cup". */
  portionLabel: string
}

/**
 * The food's published weight per volume, from the most explicit volume portion it has
 * (ml, then cup, quart, fl oz, tbsp, tsp). Labels that measure a cut-up or prepared food
 * ("1 cup, chopped", "1 cup (1/2" cubes)") do not count. null when no portion names a volume:
 * the caller must then stay in grams (never guess a density).
 */
export function publishedDensity(food: Pick<FoodRecord, 'portions'>): Density | null {
  let best: (Density & { rank: number }) | null = null
  for (const p of food.portions) {
    if (!(p.grams > 0)) continue
    const v = portionVolumeMl(p.label)
    if (v === null || (best !== null && best.rank <= v.rank)) continue
    best = { gramsPerMl: p.grams / v.ml, portionLabel: p.label, rank: v.rank }
  }
  return best === null ? null : { gramsPerMl: best.gramsPerMl, portionLabel: best.portionLabel }
}

export interface CountPortion extends Portion {
  /** The item word, e.g. "large", "medium", "can". */
  word: string
}

/**
 * The first portion "1 <word>…" for the words in preference order (e.g. ["large", "medium"]
 * finds "1 large" = 50 g for eggs). "1 large" does not match "1 extra large". null if none.
 */
export function findCountPortion(
  food: Pick<FoodRecord, 'portions'>,
  words: readonly string[],
): CountPortion | null {
  for (const word of words) {
    const pattern = new RegExp(
      String.raw`^1\s+${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`,
      'i',
    )
    const p = food.portions.find(
      (portion) => portion.grams > 0 && pattern.test(portion.label.trim()),
    )
    if (p) return { label: p.label, grams: p.grams, word }
  }
  return null
}

/** Whole items needed for `grams`, rounded up (a tiny float excess does not add an item). */
export function itemsFor(grams: number, gramsPerItem: number): number {
  if (!(grams > 0) || !(gramsPerItem > 0)) return 0
  return Math.ceil(grams / gramsPerItem - 1e-9)
}
