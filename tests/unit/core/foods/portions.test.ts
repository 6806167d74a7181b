import { describe, expect, it } from 'vitest'
import { grams } from '../../../../src/core/units'
import {
  b12PerPortion,
  defaultPortion,
  intakeItemsFor,
  sortByB12PerServing,
  unitCount,
} from '../../../../src/core/foods'
import { shippedFood } from './catalogue-fixture'

describe('B12 per portion', () => {
  it.each([
    // id, grams, food µg, crystalline µg
    ['sr28:13325', 85, (59.3 * 85) / 100, 0], // beef liver 3 oz
    ['sr28:16139', 243, 0, (0.85 * 243) / 100], // soymilk 1 cup
    ['fndds:53710600', 50, (0.49 * 50) / 100, (1.51 * 50) / 100], // both parts
    ['sr28:16114', 100, 0, 0], // tempeh: not counted
    ['sr28:16126', 100, 0, 0], // tofu: none
  ])('%s, %d g', (id, g, foodUg, crystallineUg) => {
    const b = b12PerPortion(shippedFood(id), grams(g))
    expect(b.foodUg).toBeCloseTo(foodUg, 9)
    expect(b.crystallineUg).toBeCloseTo(crystallineUg, 9)
    expect(b.totalUg).toBeCloseTo(foodUg + crystallineUg, 9)
  })

  it('counts supplements per unit', () => {
    const tablet = shippedFood('curated:b12-weekly-tablet-2000-cyanocobalamin')
    expect(tablet.supplement).toMatchObject({ ugPerUnit: 2000, schedule: 'weekly', unit: 'tablet' })
    expect(b12PerPortion(tablet, unitCount(1)).crystallineUg).toBe(2000)
    expect(b12PerPortion(tablet, unitCount(0.5)).totalUg).toBe(1000)
  })

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'gives 0 µg for the impossible amount %d',
    (g) => {
      expect(b12PerPortion(shippedFood('sr28:13325'), grams(g)).totalUg).toBe(0)
    },
  )
})

describe('intake items for the B12 core', () => {
  it('yields one food item for an animal food', () => {
    expect(intakeItemsFor(shippedFood('sr28:01123'), grams(50))).toEqual([
      { name: 'Egg, whole, raw, fresh', ug: (0.89 * 50) / 100, form: 'food' },
    ])
  })

  it('yields food and crystalline items for a fortified food with a natural part', () => {
    const items = intakeItemsFor(shippedFood('fndds:53710600'), grams(100))
    expect(items.map((i) => i.form)).toEqual(['food', 'crystalline'])
    expect(items[0]!.ug + items[1]!.ug).toBeCloseTo(2, 9)
  })

  it('names a not-counted food with 0 µg', () => {
    expect(intakeItemsFor(shippedFood('sr28:11667'), grams(10))).toEqual([
      { name: 'Seaweed, spirulina, dried', ug: 0, form: 'not_counted' },
    ])
  })

  it('yields nothing for a food without B12', () => {
    expect(intakeItemsFor(shippedFood('sr28:16126'), grams(100))).toEqual([])
  })
})

describe('default portion and richest-first sort', () => {
  it('skips FNDDS "Guideline amount" rows', () => {
    const portion = defaultPortion(shippedFood('fndds:11360200'))
    expect(portion.label).not.toMatch(/^guideline/i)
    expect(portion.grams).toBeGreaterThan(0)
  })

  it('falls back to 100 g and one unit', () => {
    expect(defaultPortion({ ...shippedFood('sr28:16126'), portions: [] })).toEqual({
      label: '100 g',
      grams: 100,
    })
    expect(defaultPortion(shippedFood('curated:b12-spray-250-methylcobalamin'))).toEqual({
      label: '1 spray',
      grams: 1,
    })
  })

  it('sorts by µg per default serving, richest first, not-counted last', () => {
    const ids = ['sr28:16114', 'sr28:01123', 'sr28:13325', 'curated:b12-tablet-1000-cyanocobalamin']
    const sorted = sortByB12PerServing(ids.map(shippedFood)).map((f) => f.id)
    expect(sorted[sorted.length - 1]).toBe('sr28:16114')
    expect(sorted[0]).toBe('curated:b12-tablet-1000-cyanocobalamin')
  })
})
