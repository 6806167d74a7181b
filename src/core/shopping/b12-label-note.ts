/**
 * A fortified food's line says how much B12 the plan counts for it, so the shopper picks a
 * product whose label gives about as much: fortification differs between brands and countries
 * (a bran flake cereal may carry 21 µg per 100 g or none), and the plan's B12 is only as good
 * as what is bought.
 */
import { amountUnitOf, type FoodRecord } from '../foods/types'
import type { LineNote } from './types'

/**
 * "the plan counts 21 µg B12 per 100 g: look for a label with about as much". Foods bought by
 * volume say "per 100 g (about 100 ml)": the catalogue's figures are per 100 g, and a plant
 * drink weighs about 1 g a millilitre.
 */
export function b12LabelNote(food: FoodRecord, byVolume: boolean): LineNote {
  const ug = food.per100g.b12Ug ?? food.b12.crystallineUgPer100g
  const per = amountUnitOf(food) === 'ml' ? '100 ml' : byVolume ? '100 g (about 100 ml)' : '100 g'
  return {
    code: 'b12_label',
    text: `the plan counts ${String(Number(ug.toPrecision(2)))} µg B12 per ${per}: look for a label with about as much`,
  }
}
