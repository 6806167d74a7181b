import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foodId } from '../../../../src/core/foods/types'
import { scaledIngredients } from '../../../../src/core/planning/recipe-scale'
import { grams } from '../../../../src/core/units'

const recipe = {
  servings: 4,
  ingredients: [
    { foodId: foodId('sr28:16139'), grams: grams(972), note: '4 cups' },
    { foodId: foodId('sr28:08120'), grams: grams(160) },
  ],
}

describe('scaledIngredients', () => {
  it.each([
    [4, [972, 160]],
    [1, [243, 40]],
    [2, [486, 80]],
    [6, [1458, 240]],
    [0.5, [121.5, 20]],
  ])(
    '%d servings of a 4-serving recipe: grams in proportion, in recipe order',
    (servings, expected) => {
      const scaled = scaledIngredients(recipe, servings)
      expect(scaled.map((i) => i.foodId)).toEqual(['sr28:16139', 'sr28:08120'])
      scaled.forEach((ingredient, i) => expect(ingredient.grams).toBeCloseTo(expected[i]!, 9))
    },
  )

  it('keeps the other fields and does not change the recipe', () => {
    const scaled = scaledIngredients(recipe, 2)
    expect(scaled[0]).toEqual({ foodId: 'sr28:16139', grams: 486, note: '4 cups' })
    expect(recipe.ingredients[0]!.grams).toBe(972)
  })

  it('the scaled grams sum to the recipe total × servings ÷ recipe servings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.double({ min: 0.1, max: 5000, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (made, wanted, amounts) => {
          const r = {
            servings: made,
            ingredients: amounts.map((g, i) => ({ foodId: foodId(`f${i}`), grams: grams(g) })),
          }
          const total = amounts.reduce((a, b) => a + b, 0)
          const scaled = scaledIngredients(r, wanted).reduce((a, i) => a + i.grams, 0)
          expect(scaled).toBeCloseTo((total * wanted) / made, 6)
        },
      ),
    )
  })
})
