import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FoodId, FoodRecord } from '../../../../src/core/foods/types'
import { scaleRecipe, validateUserRecipe } from '../../../../src/core/planning/user-recipe'
import { shippedCatalogue } from '../../../fixtures/catalogue'
import { customFoodFromLabel } from '../../../../src/core/foods'

const foods = new Map(shippedCatalogue().foods.map((f) => [f.id, f])) as ReadonlyMap<
  FoodId,
  FoodRecord
>
const good = {
  id: 'my-1234-abcd',
  name: 'Soy porridge',
  slots: ['breakfast'],
  servings: '2',
  prepMinutes: '10',
  tags: ['quick', 'nonsense'],
  ingredients: [{ foodId: 'sr28:16139', grams: '486', note: '2 cups' }],
  steps: ['Heat.', '', ' Stir. '],
}

describe('validateUserRecipe', () => {
  it('accepts a good recipe, reading numbers typed as text and dropping unknown tags and empty steps', () => {
    const result = validateUserRecipe(good, foods)
    expect(result.ok && result.recipe).toMatchObject({
      id: 'my-1234-abcd',
      servings: 2,
      prepMinutes: 10,
      tags: ['quick'],
      steps: ['Heat.', 'Stir.'],
      source: 'user',
      ingredients: [{ foodId: 'sr28:16139', grams: 486, note: '2 cups' }],
    })
  })

  it('reads ingredient amounts typed with a decimal comma', () => {
    const result = validateUserRecipe(
      { ...good, ingredients: [{ foodId: 'sr28:16139', grams: '242,5' }] },
      foods,
    )
    expect(result.ok && result.recipe.ingredients[0]?.grams).toBe(242.5)
  })

  it('asks for millilitres of a drink entered per 100 ml', () => {
    const drink = customFoodFromLabel({
      uuid: 'feedbeef-0001',
      name: 'My oat drink',
      kind: 'food',
      servingSize: 200,
      servingUnit: 'ml',
      b12UgPerServing: 0.8,
      diet: 'vegan',
    })
    if (!drink.ok) throw new Error('fixture')
    const withDrink = new Map([...foods, [drink.food.id, drink.food]]) as ReadonlyMap<
      FoodId,
      FoodRecord
    >
    const result = validateUserRecipe(
      { ...good, ingredients: [{ foodId: drink.food.id, grams: 'lots' }] },
      withDrink,
    )
    expect(!result.ok && result.errors.map((e) => e.message)).toContain(
      'Ingredient 1 millilitres must be a number, written in digits (a decimal comma is fine).',
    )
  })

  it.each([
    ['name', { name: '' }, 'Please give the recipe a name.'],
    ['slots', { slots: ['brunch'] }, 'Choose at least one meal it suits.'],
    ['servings', { servings: '1.5' }, 'Servings must be a whole number between 1 and 20.'],
    [
      'prepMinutes',
      { prepMinutes: 'NaN' },
      'Preparation time must be a number, written in digits (a decimal comma is fine).',
    ],
    ['ingredients', { ingredients: [] }, 'Add at least one ingredient.'],
    [
      'ingredients.0.foodId',
      { ingredients: [{ foodId: 'custom:gone', grams: 10 }] },
      'Ingredient 1: choose a food',
    ],
    [
      'ingredients.0.grams',
      { ingredients: [{ foodId: 'sr28:16139', grams: -5 }] },
      'Ingredient 1 grams must be between 0.1 and 5000.',
    ],
    ['id', { id: '../etc' }, 'no valid id'],
  ])('refuses a bad %s', (field, change, message) => {
    const result = validateUserRecipe({ ...good, ...change }, foods)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.find((e) => e.field === field)?.message).toContain(message)
  })

  it('never throws and never accepts junk', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (junk) => {
        const result = validateUserRecipe(junk, foods)
        if (result.ok) expect(result.recipe.ingredients.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(
        fc.record({
          servings: fc.oneof(fc.double(), fc.string()),
          ingredients: fc.array(
            fc.record({ foodId: fc.constant('sr28:16139'), grams: fc.double() }),
          ),
        }),
        (change) => {
          const result = validateUserRecipe({ ...good, ...change }, foods)
          if (result.ok) {
            expect(Number.isInteger(result.recipe.servings)).toBe(true)
            for (const i of result.recipe.ingredients) expect(i.grams).toBeGreaterThanOrEqual(0.1)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('scaleRecipe', () => {
  it('scales every ingredient in proportion to the servings', () => {
    const result = validateUserRecipe(good, foods)
    if (!result.ok) throw new Error('fixture')
    const scaled = scaleRecipe(result.recipe, 3)
    expect(scaled.servings).toBe(3)
    expect(scaled.ingredients[0]!.grams).toBeCloseTo(729)
  })
})
