/**
 * Subtracting what the household already has. Never below zero; a covered line stays on the
 * list marked as covered so nothing disappears silently.
 */
import { toLineAmount } from './convert-quantity'
import type { PackageTable } from './package-table'
import type { ShopFood } from './shop-quantity'
import type { LineNote, PantryItem, PantryStatus } from './types'

export interface PantryResult {
  toBuyGrams: number
  toBuyUnits: number
  status: PantryStatus
  notes: LineNote[]
}

export const PANTRY_NOTES = {
  in_pantry: { code: 'in_pantry', text: 'in pantry' },
  pantry_covered: { code: 'pantry_covered', text: 'covered by what you have' },
  pantry_partly: { code: 'pantry_partly', text: 'partly covered by what you have' },
  pantry_not_comparable: {
    code: 'pantry_not_comparable',
    text: 'amount at home not subtracted: this food publishes no conversion between the measures',
  },
} as const satisfies Record<string, LineNote>

/**
 * What is left to buy of `need` (grams for foods, units for supplements) after a pantry item.
 * Staple → nothing to buy, status 'staple'. On hand → need − on hand, floored at 0; 'covered'
 * when nothing is left, 'partly' when some is. An on-hand amount in a measure the food cannot be
 * converted to (ml without a published volume portion) is not subtracted and gets a note.
 */
export function applyPantry(
  food: ShopFood,
  need: { grams: number; units: number },
  item: PantryItem | undefined,
  table: PackageTable,
): PantryResult {
  const unchanged: PantryResult = {
    toBuyGrams: need.grams,
    toBuyUnits: need.units,
    status: 'none',
    notes: [],
  }
  if (!item) return unchanged
  if (item.kind === 'staple')
    return { toBuyGrams: 0, toBuyUnits: 0, status: 'staple', notes: [PANTRY_NOTES.in_pantry] }
  const have = toLineAmount(food, item.quantity, table)
  if (have === null) return { ...unchanged, notes: [PANTRY_NOTES.pantry_not_comparable] }
  if (have.grams <= 0 && have.units <= 0) return unchanged
  const toBuyGrams = Math.max(0, need.grams - have.grams)
  const toBuyUnits = Math.max(0, need.units - have.units)
  const covered = toBuyGrams === 0 && toBuyUnits === 0
  return {
    toBuyGrams,
    toBuyUnits,
    status: covered ? 'covered' : 'partly',
    notes: [covered ? PANTRY_NOTES.pantry_covered : PANTRY_NOTES.pantry_partly],
  }
}
