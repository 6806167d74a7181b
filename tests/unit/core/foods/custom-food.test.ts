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
    [
      { b12UgPerServing: 'lots' },
      'b12UgPerServing',
      'Vitamin B12 must be a number, written in digits (a decimal comma is fine).',
    ],
    [
      { b12UgPerServing: Number.NaN },
      'b12UgPerServing',
      'Vitamin B12 must be a number, written in digits (a decimal comma is fine).',
    ],
    [
      { b12UgPerServing: 10_001 },
      'b12UgPerServing',
      'Vitamin B12 above 10,000 µg per serving is not plausible: check the unit (µg, not mg).',
    ],
    [{ b12UgPerServing: undefined }, 'b12UgPerServing', 'Vitamin B12 is required.'],
    [{ servingSize: 0 }, 'servingSize', 'Serving size must be more than 0.'],
    [{ servingSize: 0.05 }, 'servingSize', 'Serving size must be at least 0.1 ml.'],
    [{ servingSize: 5001 }, 'servingSize', 'Serving size cannot be more than 5,000 ml.'],
    [
      { servingSize: Number.POSITIVE_INFINITY },
      'servingSize',
      'Serving size must be a number, written in digits (a decimal comma is fine).',
    ],
    [
      { proteinGPerServing: 300 },
      'proteinGPerServing',
      'Protein cannot weigh more than the serving.',
    ],
    [
      { energyKcalPerServing: 5000 },
      'energyKcalPerServing',
      'Energy cannot be more than 9 kcal per ml of food.',
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

describe('custom food: decimal commas, drinks in ml, implausible B12', () => {
  it('reads numbers typed with a decimal comma', () => {
    const r = customFoodFromLabel({
      ...good,
      servingSize: '250',
      b12UgPerServing: '0,95',
      proteinGPerServing: '7,5',
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.food.per100g.b12Ug).toBeCloseTo(0.38, 9)
    expect(r.food.per100g.proteinG).toBeCloseTo(3, 9)
  })

  it('refuses "1,500" µg as ambiguous instead of guessing 1.5 or 1500', () => {
    const r = customFoodFromLabel({ ...good, b12UgPerServing: '1,500' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toContainEqual({
      field: 'b12UgPerServing',
      message:
        'Vitamin B12: “1,500” could mean 1500 or 1.5. Please type the one you mean (1500 or 1.5).',
    })
  })

  it('measures a drink entered per ml in ml', () => {
    const r = customFoodFromLabel(good)
    expect(r.ok && r.food.amountUnit).toBe('ml')
    const solid = customFoodFromLabel({ ...good, servingUnit: 'g' })
    expect(solid.ok && 'amountUnit' in solid.food).toBe(false)
  })

  it('says serving limits in the unit the person chose', () => {
    const r = customFoodFromLabel({ ...good, servingSize: '0.01' })
    expect(!r.ok && r.errors).toContainEqual({
      field: 'servingSize',
      message: 'Serving size must be at least 0.1 ml.',
    })
  })

  it.each([
    [100, 100, []],
    [5000, 100, ['b12_unusually_high']],
    [30, 25, ['b12_unusually_high']],
    [99, 100, []],
  ])(
    '%d µg in a %d g serving gives cautions %j (more than 100 µg per 100 g asks to confirm)',
    (ug, serving, codes) => {
      const r = customFoodFromLabel({
        ...good,
        servingUnit: 'g',
        servingSize: serving,
        b12UgPerServing: ug,
      })
      expect(r.ok).toBe(true)
      if (!r.ok) return
      expect(r.cautions.map((c) => c.code)).toEqual(codes)
    },
  )

  it('words the caution with the per-100 figure and the unit check', () => {
    const r = customFoodFromLabel({
      ...good,
      servingUnit: 'g',
      servingSize: 100,
      b12UgPerServing: 5000,
    })
    expect(r.ok && r.cautions[0]?.message).toBe(
      'This works out at 5,000 µg of B12 per 100 g. No food in the USDA tables has more than about 99 µg per 100 g (cooked clams); only some fortified nutritional yeasts come close. Please check that the label says µg (micrograms), not mg, and that the serving size is right.',
    )
  })

  it('never cautions about a supplement, whose µg per tablet can be large', () => {
    const r = customFoodFromLabel({
      uuid: 'abcdef12-3456',
      name: 'B12 1000',
      kind: 'supplement',
      b12UgPerServing: 1000,
      diet: 'vegan',
    })
    expect(r.ok && r.cautions).toEqual([])
  })
})
