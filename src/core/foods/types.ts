/**
 * The food model shared by the catalogue builder, the app and the planner.
 * Nutrient values are per 100 g of edible portion exactly as published (null = the source has
 * no value, which is not zero). Supplements are per unit (tablet, spray, lozenge) instead.
 */

declare const foodIdBrand: unique symbol

/** 'sr28:16139', 'fndds:11360200', 'curated:<slug>' or 'custom:<uuid>'. */
export type FoodId = string & { readonly [foodIdBrand]: 'FoodId' }

export const foodId = (value: string): FoodId => value as FoodId

export type FoodSource = 'usda-sr28' | 'usda-fndds' | 'label-typical' | 'user'
export type FoodKind = 'food' | 'supplement'

/**
 * Where a food's B12 comes from, which sets its form for the B12 core:
 * animal → protein-bound (`food`); fortified → crystalline (its natural part, if any, stays
 * `food`); plant_none → no B12; not_counted → shown but counted as 0 µg.
 */
export type B12Class = 'animal' | 'fortified' | 'plant_none' | 'not_counted'
export const B12_CLASSES: readonly B12Class[] = ['animal', 'fortified', 'plant_none', 'not_counted']

/** Why a food got its B12 class (stable codes; the UI turns them into sentences). */
export type B12Reason =
  | 'animal_origin' // animal food group or animal ingredient named
  | 'mixed_presumed_animal' // mixed dish with B12 and nothing says it is fortified
  | 'added_b12' // the source gives "B12, added" > 0
  | 'plant_presumed_fortified' // non-animal food with B12 > 0: plants make none, so it was added
  | 'fortified_hint' // mixed food with B12 whose name says fortified/formula/shake
  | 'no_b12' // B12 is 0
  | 'no_b12_value' // the source has no B12 value (null): counted as 0
  | 'seaweed'
  | 'spirulina'
  | 'tempeh'
  | 'miso'
  | 'mushroom'
  | 'yeast' // not counted, §3
  | 'label' // user label or curated label-typical value
  | 'supplement'

export type DietAnswer = 'yes' | 'no' | 'unknown'
export type Diet = 'vegan' | 'lacto_ovo_vegetarian' | 'pescatarian' | 'omnivore'
export const DIETS: readonly Diet[] = ['vegan', 'lacto_ovo_vegetarian', 'pescatarian', 'omnivore']

export type DietReason =
  | 'plant_food'
  | 'contains_meat'
  | 'contains_fish'
  | 'contains_dairy_or_egg'
  | 'contains_honey'
  | 'may_contain_animal' // e.g. "fat added, NS as to type", margarine, chocolate, broth
  | 'ingredients_not_listed' // processed or mixed food whose name does not settle it
  | 'marked_vegetarian'
  | 'marked_vegan'
  | 'declared' // user label, curated entry

export type DietCompatibility = Record<Diet, DietAnswer> & { reason: DietReason }

export type Aisle =
  'produce' | 'bakery' | 'dairy' | 'meat_fish' | 'pantry' | 'frozen' | 'supplements' | 'other'
export const AISLES: readonly Aisle[] = [
  'produce',
  'bakery',
  'dairy',
  'meat_fish',
  'pantry',
  'frozen',
  'supplements',
  'other',
]
export const AISLE_LABELS: Readonly<Record<Aisle, string>> = {
  produce: 'Produce',
  bakery: 'Bakery',
  dairy: 'Dairy and alternatives',
  meat_fish: 'Meat and fish',
  pantry: 'Pantry',
  frozen: 'Frozen',
  supplements: 'Supplements',
  other: 'Other',
}

/** Per 100 g edible portion. null = no value in the source (not zero). */
export interface Per100g {
  energyKcal: number | null
  proteinG: number | null
  b12Ug: number | null
  b12AddedUg: number | null
  folateDfeUg: number | null
  /** Synthetic folic acid, µg. Only label entries have it; USDA rows carry null. */
  folicAcidUg: number | null
}

export interface Portion {
  label: string
  grams: number
}

/** B12 split by form, µg per 100 g (per unit for supplements). Parts are never negative. */
export interface B12Info {
  class: B12Class
  reason: B12Reason
  foodUgPer100g: number
  crystallineUgPer100g: number
}

export type SupplementUnit = 'tablet' | 'spray' | 'lozenge' | 'drop' | 'capsule'
export type CobalaminForm =
  'cyanocobalamin' | 'methylcobalamin' | 'hydroxocobalamin' | 'adenosylcobalamin'

export interface SupplementInfo {
  ugPerUnit: number
  unit: SupplementUnit
  form: CobalaminForm
  schedule?: 'daily' | 'weekly'
}

export interface FoodRecord {
  id: FoodId
  source: FoodSource
  /** USDA NDB number or FNDDS food code; null for curated and user foods. */
  sourceId: string | null
  name: string
  foodGroup: string
  /** FNDDS "additional description" (synonyms, brand examples), curated aliases. */
  aka: string | null
  kind: FoodKind
  per100g: Per100g
  portions: Portion[]
  b12: B12Info
  diet: DietCompatibility
  aisle: Aisle
  note: string | null
  supplement: SupplementInfo | null
  /**
   * 'ml' for a drink the person entered per 100 ml from its label: its values are per 100 ml
   * (stored in `per100g`, 1 ml taken as 1 g) and its amounts are planned, shown and listed in
   * millilitres. Absent: amounts are grams.
   */
  amountUnit?: 'ml'
}

/** How amounts of a food are measured and shown: millilitres for drinks entered per 100 ml. */
export function amountUnitOf(food: Pick<FoodRecord, 'amountUnit'> | undefined): 'g' | 'ml' {
  return food?.amountUnit === 'ml' ? 'ml' : 'g'
}
