/**
 * Branded unit types. A `Micrograms` is a number at run time, but the compiler will not let a
 * gram weight be passed where micrograms are expected. Values are never rounded here: rounding
 * belongs to display code.
 */
declare const unitBrand: unique symbol

export type Unit<U extends string> = number & { readonly [unitBrand]: U }

/** Mass of vitamin B12 (or folate) in micrograms (µg). */
export type Micrograms = Unit<'µg'>
/** Mass of food in grams. */
export type Grams = Unit<'g'>
/** Volume in millilitres. */
export type Millilitres = Unit<'mL'>
/** Food energy in kilocalories. */
export type Kcal = Unit<'kcal'>
/** A percentage, 100 = 100 %. */
export type Percent = Unit<'%'>
/** Body mass in kilograms. */
export type Kilograms = Unit<'kg'>

export const micrograms = (value: number): Micrograms => value as Micrograms
export const grams = (value: number): Grams => value as Grams
export const millilitres = (value: number): Millilitres => value as Millilitres
export const kcal = (value: number): Kcal => value as Kcal
export const percent = (value: number): Percent => value as Percent
export const kilograms = (value: number): Kilograms => value as Kilograms

/**
 * Amount of a nutrient in a portion, from its per-100 g value.
 * `per100g` is in any unit (µg, kcal, g); the result is in the same unit.
 */
export function perPortion<U extends string>(per100g: Unit<U>, portion: Grams): Unit<U> {
  return ((per100g * portion) / 100) as Unit<U>
}

/** Sum of values of one unit. Returns 0 in that unit for an empty list. */
export function sumUnits<U extends string>(values: readonly Unit<U>[]): Unit<U> {
  let total = 0
  for (const value of values) total += value
  return total as Unit<U>
}
export {
  parseDecimal,
  readNumber,
  numberProblemMessage,
  type ParsedNumber,
  type NumberProblem,
} from './parse-number'
