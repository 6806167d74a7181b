import { describe, expect, it } from 'vitest'
import buyingJson from '../../../../resources/foods/buying-forms.json'
import type { FoodRecord } from '../../../../src/core/foods/types'
import { buildShoppingList, buyingTableFromJson } from '../../../../src/core/shopping'
import { shippedCatalogue } from '../../../fixtures/catalogue'
import { makeEntry, makeRecipe, recipeItem, TABLE } from './fixtures'

const CATALOGUE = new Map<string, FoodRecord>(shippedCatalogue().foods.map((f) => [f.id, f]))
const RANGE = { from: '2026-01-05', to: '2026-01-11' }

function notesFor(id: string, g: number): string[] {
  const f = CATALOGUE.get(id)!
  const r = makeRecipe(`r-${id}`, `Recipe with ${id}`, 1, [[f, g]])
  const list = buildShoppingList({
    entries: [makeEntry('alex', RANGE.from, recipeItem(r, 1))],
    recipes: [r],
    foods: CATALOGUE,
    range: RANGE,
    packages: TABLE,
    buying: buyingTableFromJson(buyingJson),
  })
  return list.lines.find((l) => l.foodId === id)!.notes.map((n) => n.text)
}

describe('a fortified food says how much B12 the plan counts, to match on the label', () => {
  it('bran flakes: 21 µg per 100 g, as the catalogue has it', () => {
    expect(notesFor('sr28:08028', 40)).toContain(
      'the plan counts 21 µg B12 per 100 g: look for a label with about as much',
    )
  })

  it('a fortified soy drink bought by the carton says per 100 g, about 100 ml', () => {
    expect(notesFor('sr28:16235', 250)).toContain(
      'the plan counts 1.2 µg B12 per 100 g (about 100 ml): look for a label with about as much',
    )
  })

  it('foods without added B12 (oats, salmon) have no such note', () => {
    for (const id of ['sr28:20038', 'sr28:15085'])
      expect(notesFor(id, 100).some((t) => t.includes('µg B12'))).toBe(false)
  })
})
