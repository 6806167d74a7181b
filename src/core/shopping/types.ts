/**
 * The shopping-list model. Amounts are kept exact (grams, millilitres, supplement units);
 * rounding happens only in the format and export functions.
 */
import type { Aisle, FoodId, SupplementUnit } from '../foods/types'
import type { ProfileId } from '../planning/types'
import type { Grams, Millilitres } from '../units'
import type { PeriodCoverage } from './period-coverage'

/** Display units: metric (g, kg, ml, L) or US customary (oz, lb, fl oz, qt, gal). */
export type UnitSystem = 'metric' | 'us'
export const UNIT_SYSTEMS: readonly UnitSystem[] = ['metric', 'us']

/** An amount as a person enters it: by weight, by volume, or as a count (items, tablets). */
export type Quantity =
  | { kind: 'mass'; grams: Grams }
  | { kind: 'volume'; millilitres: Millilitres }
  | { kind: 'count'; count: number }

/** Inclusive range of local calendar days, YYYY-MM-DD. */
export interface DateRange {
  from: string
  to: string
}

/** Something the household has at home. */
export type PantryItem =
  /** Always stocked (salt, oil): the whole amount is subtracted and the line says "in pantry". */
  | { foodId: FoodId; kind: 'staple' }
  /** A known amount on hand; subtracted, never below zero. */
  | { foodId: FoodId; kind: 'on_hand'; quantity: Quantity }

/**
 * A line the person adds by hand. Without `foodId` it is free text (a non-food too) with its own
 * line keyed 'manual:<id>'. With a catalogue `foodId` its quantity joins that food's line.
 */
export interface ManualItem {
  id: string
  text: string
  quantity?: Quantity
  aisle?: Aisle
  foodId?: FoodId
}

export type ShopMeasure = 'mass' | 'volume' | 'count' | 'units'

/** A package choice: `count` packages of one typical size. */
export interface PackChoice {
  count: number
  measure: 'mass' | 'volume' | 'count' | 'units'
  /** Grams, millilitres or items per package. */
  size: number
  label: string
  noun: string
  plural: string
}

/**
 * How a line's amount is bought. `amount` is exact in its measure: grams (mass), millilitres
 * (volume), whole items rounded up (count) or supplement units (units, may be fractional).
 */
export interface ShopQuantity {
  measure: ShopMeasure
  amount: number
  /** Grams behind the amount (0 for supplement units and free-text counts). */
  grams: Grams
  /** Count: the USDA portion one item weighs, e.g. "1 large" = 50 g; null for plain counts. */
  portion: { label: string; grams: number; word: string } | null
  /** Volume: grams per ml from the food's published portion. */
  density: { gramsPerMl: number; portionLabel: string } | null
  /** Typical packages for each unit system; null = none known (amount rounded up to a step). */
  packs: Readonly<Record<UnitSystem, readonly PackChoice[]>> | null
  /** The package-table rule used, or null. */
  ruleId: string | null
  /** Supplements: for "1 bottle of 100 B12 tablets, 1000 µg". */
  supplement: { unit: SupplementUnit; ugPerUnit: number } | null
}

export type NoteCode =
  | 'in_pantry'
  | 'pantry_covered'
  | 'pantry_partly'
  | 'pantry_not_comparable'
  | 'kept_apart'
  | 'no_volume_measure'
  | 'unknown_food'
  | 'as_cooked'
  | 'as_prepared'
  /** A fortified food: how much B12 the plan counts, to match on the label. */
  | 'b12_label'

/** A stable code for the UI plus a short English text for the exporters. */
export interface LineNote {
  code: NoteCode
  text: string
}

export type PantryStatus = 'none' | 'staple' | 'partly' | 'covered'

export interface ShoppingLine {
  /** Stable key for checked state: the food id, or 'manual:<id>' for free-text items. */
  key: string
  kind: 'food' | 'supplement' | 'manual'
  foodId: FoodId | null
  name: string
  /** For a USDA food: the database name behind `name` (its shop name), shown in the line's details. */
  usdaName?: string
  aisle: Aisle
  /** Exact grams needed (plan and linked manual items), before the pantry. */
  grams: Grams
  /** Exact supplement units needed, before the pantry. */
  units: number
  /** Exact amount still to buy after the pantry (grams; units for supplements). */
  toBuyGrams: Grams
  toBuyUnits: number
  /** Amounts that could not be merged without guessing (e.g. ml of a food with no published volume). */
  apart: readonly Quantity[]
  pantry: PantryStatus
  /** How to buy what is left; null when nothing is left to buy or no amount was given. */
  shop: ShopQuantity | null
  /** Names of the recipes it comes from, sorted. */
  recipes: readonly string[]
  /** Household members whose entries need it, sorted. */
  profiles: readonly ProfileId[]
  /** Also eaten as is (a food or supplement entry, not inside a recipe). */
  direct: boolean
  /** Added by hand (free text, or a manual item linked to this food). */
  manual: boolean
  notes: readonly LineNote[]
  checked: boolean
}

export interface AisleSection {
  aisle: Aisle
  label: string
  lines: readonly ShoppingLine[]
}

export interface ShoppingList {
  range: DateRange
  /** Members included; null = everyone in the plan. */
  profileIds: readonly ProfileId[] | null
  /** Which days the list covers and which have nothing planned (absent on older lists). */
  period?: PeriodCoverage
  /** Lines in aisle order, then by name. */
  lines: readonly ShoppingLine[]
  sections: readonly AisleSection[]
  /** Plan references that could not be resolved (the rest of the list is still built). */
  problems: { missingRecipes: readonly string[]; missingFoods: readonly string[] }
}

/** Checked-off state, persisted by line key. */
export interface ListState {
  checked: readonly string[]
}
