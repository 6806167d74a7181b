import { numberProblemMessage, readNumber } from '../units'
import { dietFromDeclared } from './declared'
import {
  AISLES,
  DIETS,
  foodId,
  type Aisle,
  type B12Class,
  type Diet,
  type FoodRecord,
  type SupplementUnit,
} from './types'

/** What a person types from a product label. Numbers may arrive as strings from a form. */
export interface CustomFoodInput {
  /** A UUID made by the caller (core has no randomness). */
  uuid: string
  name: string
  kind: 'food' | 'supplement'
  /** Serving size (foods): grams, or millilitres taken as grams. */
  servingSize?: number | string
  servingUnit?: 'g' | 'ml'
  /** Foods: µg per serving. Supplements: µg per unit. */
  b12UgPerServing: number | string
  energyKcalPerServing?: number | string | null
  proteinGPerServing?: number | string | null
  folicAcidUgPerServing?: number | string | null
  /** Strictest diet the product suits ('vegan' = suits every diet). */
  diet: Diet
  aisle?: Aisle
  supplementUnit?: SupplementUnit
}

export interface FieldError {
  field: string
  message: string
}

/**
 * Something plausible enough to save but worth a second look before saving (the form asks the
 * person to confirm; nothing is blocked).
 */
export interface CustomFoodCaution {
  code: 'b12_unusually_high'
  field: 'b12UgPerServing'
  message: string
}

export type CustomFoodResult =
  | { ok: true; food: FoodRecord; cautions: CustomFoodCaution[] }
  | { ok: false; errors: FieldError[] }

/**
 * Above this many µg of B12 per 100 g (or 100 ml) a food's label entry gets a caution. The
 * richest food in the USDA tables the app ships, cooked clams, has 98.9 µg per 100 g (SR28
 * 15159), so more than 100 is almost always a slip (mg typed as µg, or the serving size) —
 * though some fortified nutritional yeasts do reach it (ODS Table 2: 8.3–24 µg per ¼ cup).
 */
export const B12_CAUTION_UG_PER_100 = 100

function b12Cautions(b12Per100: number, unit: 'g' | 'ml'): CustomFoodCaution[] {
  if (!(b12Per100 > B12_CAUTION_UG_PER_100)) return []
  const shown =
    b12Per100 >= 100 ? Math.round(b12Per100).toLocaleString('en-GB') : b12Per100.toFixed(1)
  return [
    {
      code: 'b12_unusually_high',
      field: 'b12UgPerServing',
      message:
        `This works out at ${shown} µg of B12 per 100 ${unit}. No food in the USDA tables has more than ` +
        `about 99 µg per 100 g (cooked clams); only some fortified nutritional yeasts come close. ` +
        `Please check that the label says µg (micrograms), not mg, and that the serving size is right.`,
    },
  ]
}

export const LIMITS = {
  nameMax: 120,
  servingMinG: 0.1,
  servingMaxG: 5000,
  b12MaxUg: 10_000,
  folicAcidMaxUg: 10_000,
} as const

const UNITS: readonly SupplementUnit[] = ['tablet', 'spray', 'lozenge', 'drop', 'capsule']

type Reader = (field: string, label: string, value: unknown, required: boolean) => number | null

function numberReader(errors: FieldError[]): Reader {
  return (field, label, value, required) => {
    const parsed = readNumber(value)
    if (!parsed.ok) {
      if (parsed.problem !== 'empty') {
        errors.push({
          field,
          message: numberProblemMessage(
            label,
            parsed.problem,
            typeof value === 'string' ? value : '',
          ),
        })
      } else if (required) errors.push({ field, message: `${label} is required.` })
      return null
    }
    const n = parsed.value
    if (n < 0) {
      errors.push({ field, message: `${label} cannot be negative.` })
      return null
    }
    return n
  }
}

function max(
  errors: FieldError[],
  field: string,
  value: number | null,
  limit: number,
  message: string,
): void {
  if (value !== null && value > limit) errors.push({ field, message })
}

const per100 = (perServing: number | null, serving: number): number | null =>
  perServing === null ? null : (perServing * 100) / serving

/**
 * Checks a label entry and turns it into a 'custom:<uuid>' food, or lists every problem with a
 * plain message (nothing is produced then). Foods store values per 100 g (µg, kcal, g); a drink
 * entered per ml stores them per 100 ml and is measured in ml (`amountUnit`, 1 ml taken as 1 g).
 * Supplements store µg per unit. Numbers typed as text may use a decimal comma (parseDecimal).
 * Rejects: empty or over-long names, non-numbers, negatives, serving size 0 or over 5,000 g,
 * B12 over 10,000 µg per serving, more protein than the serving weighs, more than 9 kcal per
 * gram. Accepts with a caution (to confirm) more than 100 µg of B12 per 100 g. Never throws.
 */
export function customFoodFromLabel(input: unknown): CustomFoodResult {
  const errors: FieldError[] = []
  const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
  const read = numberReader(errors)
  const name = typeof o.name === 'string' ? o.name.trim() : ''
  if (name.length === 0) errors.push({ field: 'name', message: 'Please give the food a name.' })
  if (name.length > LIMITS.nameMax)
    errors.push({
      field: 'name',
      message: `The name is too long (at most ${LIMITS.nameMax} characters).`,
    })
  const uuid = typeof o.uuid === 'string' ? o.uuid.trim() : ''
  if (!/^[0-9a-zA-Z-]{8,64}$/.test(uuid))
    errors.push({ field: 'uuid', message: 'Internal error: the new food has no valid id.' })
  const kind = o.kind === 'supplement' ? 'supplement' : o.kind === 'food' ? 'food' : null
  if (kind === null)
    errors.push({ field: 'kind', message: 'Choose whether this is a food or a supplement.' })
  const diet = DIETS.includes(o.diet as Diet) ? (o.diet as Diet) : null
  if (diet === null)
    errors.push({ field: 'diet', message: 'Choose which diets this product suits.' })
  const aisle =
    o.aisle === undefined
      ? null
      : AISLES.includes(o.aisle as Aisle)
        ? (o.aisle as Aisle)
        : undefined
  if (aisle === undefined)
    errors.push({ field: 'aisle', message: 'Choose a shopping aisle from the list.' })
  const b12 = read('b12UgPerServing', 'Vitamin B12', o.b12UgPerServing, true)
  max(
    errors,
    'b12UgPerServing',
    b12,
    LIMITS.b12MaxUg,
    `Vitamin B12 above 10,000 µg per serving is not plausible: check the unit (µg, not mg).`,
  )
  if (kind === 'supplement') return supplementResult(o, errors, { name, uuid, diet, b12 })
  const serving = read('servingSize', 'Serving size', o.servingSize, true)
  const unit = o.servingUnit === 'ml' ? 'ml' : 'g'
  if (serving === 0)
    errors.push({ field: 'servingSize', message: 'Serving size must be more than 0.' })
  // Tinier servings would turn per-serving values into absurd (even infinite) per-100 g values.
  else if (serving !== null && serving < LIMITS.servingMinG)
    errors.push({
      field: 'servingSize',
      message: `Serving size must be at least ${LIMITS.servingMinG} ${unit}.`,
    })
  max(
    errors,
    'servingSize',
    serving,
    LIMITS.servingMaxG,
    `Serving size cannot be more than 5,000 ${unit}.`,
  )
  if (o.servingUnit !== undefined && o.servingUnit !== 'g' && o.servingUnit !== 'ml') {
    errors.push({ field: 'servingUnit', message: 'Serving unit must be g or ml.' })
  }
  const energy = read('energyKcalPerServing', 'Energy', o.energyKcalPerServing, false)
  const protein = read('proteinGPerServing', 'Protein', o.proteinGPerServing, false)
  const folic = read('folicAcidUgPerServing', 'Folic acid', o.folicAcidUgPerServing, false)
  max(
    errors,
    'folicAcidUgPerServing',
    folic,
    LIMITS.folicAcidMaxUg,
    'Folic acid above 10,000 µg per serving is not plausible: check the unit.',
  )
  if (serving !== null && serving > 0) {
    max(
      errors,
      'proteinGPerServing',
      protein,
      serving,
      'Protein cannot weigh more than the serving.',
    )
    max(
      errors,
      'energyKcalPerServing',
      energy,
      serving * 9,
      `Energy cannot be more than 9 kcal per ${unit === 'ml' ? 'ml' : 'gram'} of food.`,
    )
  }
  if (
    errors.length > 0 ||
    kind === null ||
    diet === null ||
    b12 === null ||
    serving === null ||
    aisle === undefined
  ) {
    return { ok: false, errors }
  }
  const b12Per100 = (b12 * 100) / serving
  const cls: B12Class = b12 === 0 ? 'plant_none' : diet === 'vegan' ? 'fortified' : 'animal'
  const food: FoodRecord = {
    id: foodId(`custom:${uuid}`),
    source: 'user',
    sourceId: null,
    name,
    foodGroup: 'My foods',
    aka: null,
    kind: 'food',
    per100g: {
      energyKcal: per100(energy, serving),
      proteinG: per100(protein, serving),
      b12Ug: b12Per100,
      b12AddedUg: cls === 'fortified' ? b12Per100 : null,
      folateDfeUg: folic === null ? null : (per100(folic, serving) ?? 0) * 1.7,
      folicAcidUg: per100(folic, serving),
    },
    portions: [{ label: `1 serving (${serving} ${unit})`, grams: serving }],
    b12: {
      class: cls,
      reason: 'label',
      foodUgPer100g: cls === 'animal' ? b12Per100 : 0,
      crystallineUgPer100g: cls === 'fortified' ? b12Per100 : 0,
    },
    diet: dietFromDeclared(diet),
    aisle: aisle ?? 'other',
    note: 'Your own entry from a product label.',
    supplement: null,
    ...(unit === 'ml' ? { amountUnit: 'ml' as const } : {}),
  }
  return { ok: true, food, cautions: b12Cautions(b12Per100, unit) }
}

interface Common {
  name: string
  uuid: string
  diet: Diet | null
  b12: number | null
}

function supplementResult(
  o: Record<string, unknown>,
  errors: FieldError[],
  c: Common,
): CustomFoodResult {
  const unit =
    o.supplementUnit === undefined
      ? 'tablet'
      : UNITS.includes(o.supplementUnit as SupplementUnit)
        ? (o.supplementUnit as SupplementUnit)
        : null
  if (unit === null)
    errors.push({
      field: 'supplementUnit',
      message: 'Choose tablet, spray, lozenge, drop or capsule.',
    })
  if (c.b12 === 0)
    errors.push({
      field: 'b12UgPerServing',
      message: 'A B12 supplement needs its µg per unit from the label.',
    })
  if (errors.length > 0 || unit === null || c.diet === null || c.b12 === null)
    return { ok: false, errors }
  const food: FoodRecord = {
    id: foodId(`custom:${c.uuid}`),
    source: 'user',
    sourceId: null,
    name: c.name,
    foodGroup: 'My supplements',
    aka: null,
    kind: 'supplement',
    per100g: {
      energyKcal: null,
      proteinG: null,
      b12Ug: null,
      b12AddedUg: null,
      folateDfeUg: null,
      folicAcidUg: null,
    },
    portions: [],
    b12: { class: 'fortified', reason: 'label', foodUgPer100g: 0, crystallineUgPer100g: c.b12 },
    diet: dietFromDeclared(c.diet),
    aisle: 'supplements',
    note: 'Your own entry from a product label.',
    supplement: { ugPerUnit: c.b12, unit, form: 'cyanocobalamin' },
  }
  return { ok: true, food, cautions: [] }
}
