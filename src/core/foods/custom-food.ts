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

export type CustomFoodResult = { ok: true; food: FoodRecord } | { ok: false; errors: FieldError[] }

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
    if (
      value === undefined ||
      value === null ||
      (typeof value === 'string' && value.trim() === '')
    ) {
      if (required) errors.push({ field, message: `${label} is required.` })
      return null
    }
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string'
          ? Number(value.trim())
          : Number.NaN
    if (!Number.isFinite(n)) {
      errors.push({ field, message: `${label} must be a number.` })
      return null
    }
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
 * plain message (nothing is produced then). Foods store values per 100 g (µg, kcal, g);
 * supplements store µg per unit. Rejects: empty or over-long names, non-numbers, negatives,
 * serving size 0 or over 5,000 g, B12 over 10,000 µg per serving, more protein than the serving
 * weighs, more than 9 kcal per gram. Never throws, whatever it is given.
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
  if (serving === 0)
    errors.push({ field: 'servingSize', message: 'Serving size must be more than 0.' })
  // Tinier servings would turn per-serving values into absurd (even infinite) per-100 g values.
  else if (serving !== null && serving < LIMITS.servingMinG)
    errors.push({ field: 'servingSize', message: `Serving size must be at least ${LIMITS.servingMinG} g.` })
  max(
    errors,
    'servingSize',
    serving,
    LIMITS.servingMaxG,
    `Serving size cannot be more than 5,000 g.`,
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
      'Energy cannot be more than 9 kcal per gram of food.',
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
    portions: [
      { label: `1 serving (${serving} ${o.servingUnit === 'ml' ? 'ml' : 'g'})`, grams: serving },
    ],
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
  }
  return { ok: true, food }
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
  return { ok: true, food }
}
