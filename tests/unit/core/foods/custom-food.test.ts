import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { customFoodFromLabel } from '../../../../src/core/foods'

const good = {
  uuid: '3f1c9a52-8b7e-4d1a-9c55-0e2f6b7a1d23',
  name: 'Fortified soya drink',
  kind: 'food',
  servingSize: 250,
  servingUnit: 'ml',
  b12UgPerServing: 0.95,
  energyKcalPerServing: 100,
  proteinGPerServing: 7.5,
  diet: 'vegan',
  aisle: 'dairy',
}

describe('custom food from a label', () => {
  it('turns a good entry into a per-100 g food', () => {
    const r = customFoodFromLabel(good)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.food.id).toBe('custom:3f1c9a52-8b7e-4d1a-9c55-0e2f6b7a1d23')
    expect(r.food.per100g.b12Ug).toBeCloseTo(0.38, 9)
    expect(r.food.per100g.energyKcal).toBeCloseTo(40, 9)
    expect(r.food.b12).toMatchObject({ class: 'fortified', crystallineUgPer100g: 0.38 })
    expect(r.food.portions).toEqual([{ label: '1 serving (250 ml)', grams: 250 }])
    expect(r.food.diet.vegan).toBe('yes')
  })

  it('accepts numbers typed as strings and models supplements per unit', () => {
    const r = customFoodFromLabel({
      uuid: 'abcdef12-3456',
      name: 'My B12 spray',
      kind: 'supplement',
      b12UgPerServing: ' 500 ',
      diet: 'vegan',
      supplementUnit: 'spray',
    })
    expect(r.ok && r.food.supplement).toMatchObject({ ugPerUnit: 500, unit: 'spray' })
  })

  it.each([
    [{ name: '' }, 'name', 'Please give the food a name.'],
    [{ name: 'x'.repeat(121) }, 'name', 'The name is too long (at most 120 characters).'],
    [{ b12UgPerServing: -1 }, 'b12UgPerServing', 'Vitamin B12 cannot be negative.'],
    [{ b12UgPerServing: 'lots' }, 'b12UgPerServing', 'Vitamin B12 must be a number.'],
    [{ b12UgPerServing: Number.NaN }, 'b12UgPerServing', 'Vitamin B12 must be a number.'],
    [
      { b12UgPerServing: 10_001 },
      'b12UgPerServing',
      'Vitamin B12 above 10,000 µg per serving is not plausible: check the unit (µg, not mg).',
    ],
    [{ b12UgPerServing: undefined }, 'b12UgPerServing', 'Vitamin B12 is required.'],
    [{ servingSize: 0 }, 'servingSize', 'Serving size must be more than 0.'],
    [{ servingSize: 0.05 }, 'servingSize', 'Serving size must be at least 0.1 g.'],
    [{ servingSize: 5001 }, 'servingSize', 'Serving size cannot be more than 5,000 g.'],
    [{ servingSize: Number.POSITIVE_INFINITY }, 'servingSize', 'Serving size must be a number.'],
    [
      { proteinGPerServing: 300 },
      'proteinGPerServing',
      'Protein cannot weigh more than the serving.',
    ],
    [
      { energyKcalPerServing: 5000 },
      'energyKcalPerServing',
      'Energy cannot be more than 9 kcal per gram of food.',
    ],
    [{ energyKcalPerServing: -3 }, 'energyKcalPerServing', 'Energy cannot be negative.'],
    [{ diet: 'carnivore' }, 'diet', 'Choose which diets this product suits.'],
    [{ kind: 'drink' }, 'kind', 'Choose whether this is a food or a supplement.'],
    [{ aisle: 'garden' }, 'aisle', 'Choose a shopping aisle from the list.'],
  ])('rejects %o', (patch, field, message) => {
    const r = customFoodFromLabel({ ...good, ...patch })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toContainEqual({ field, message })
    expect(r).not.toHaveProperty('food')
  })

  it('never throws on junk and never accepts impossible numbers', () => {
    const junk = fc.oneof(fc.anything(), fc.double(), fc.string(), fc.constant(undefined))
    fc.assert(
      fc.property(
        fc.record(
          {
            name: junk,
            b12UgPerServing: junk,
            servingSize: junk,
            energyKcalPerServing: junk,
            proteinGPerServing: junk,
            diet: fc.oneof(junk, fc.constant('vegan')),
            kind: fc.oneof(junk, fc.constant('food')),
            uuid: fc.oneof(junk, fc.constant('0123456789ab')),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const r = customFoodFromLabel(input)
          if (!r.ok) return r.errors.length > 0
          const values = [
            r.food.per100g.b12Ug,
            r.food.per100g.energyKcal,
            r.food.per100g.proteinG,
            ...r.food.portions.map((p) => p.grams),
          ]
          return (
            values.every((v) => v === null || (Number.isFinite(v) && v >= 0)) &&
            r.food.name.trim().length > 0
          )
        },
      ),
      { numRuns: 500, seed: 12 },
    )
    expect(() => customFoodFromLabel(null)).not.toThrow()
    expect(() => customFoodFromLabel('soy milk')).not.toThrow()
  })
})
