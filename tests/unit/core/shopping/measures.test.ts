import { describe, expect, it } from 'vitest'
import {
  findCountPortion,
  fluidOuncesToMl,
  gramsToOunces,
  gramsToPounds,
  itemsFor,
  mlToFluidOunces,
  mlToGallons,
  mlToQuarts,
  ouncesToGrams,
  portionVolumeMl,
  poundsToGrams,
  publishedDensity,
} from '../../../../src/core/shopping'
import {
  BANANA,
  BREAD,
  EGG,
  MY_SOY_DRINK,
  OAT_DRINK,
  OLIVE_OIL,
  SOYMILK,
  SPINACH,
  TOFU,
} from './fixtures'

describe('mass conversions (avoirdupois, exact definitions)', () => {
  it.each([
    [28.349523125, 1, 0.0625],
    [453.59237, 16, 1],
    [1000, 35.27396195, 2.20462262],
    [100, 3.52739619, 0.22046226],
  ])('%s g = %s oz = %s lb', (g, oz, lb) => {
    expect(gramsToOunces(g)).toBeCloseTo(oz, 6)
    expect(gramsToPounds(g)).toBeCloseTo(lb, 6)
    expect(ouncesToGrams(oz)).toBeCloseTo(g, 5)
    expect(poundsToGrams(lb)).toBeCloseTo(g, 4)
  })
})

describe('volume conversions (US customary, exact definitions)', () => {
  it.each([
    [29.5735295625, 1, 1 / 32, 1 / 128],
    [946.352946, 32, 1, 0.25],
    [1892.705892, 64, 2, 0.5],
    [3785.411784, 128, 4, 1],
    [1000, 33.8140227, 1.05668821, 0.26417205],
  ])('%s ml = %s fl oz = %s qt = %s gal', (ml, flOz, qt, gal) => {
    expect(mlToFluidOunces(ml)).toBeCloseTo(flOz, 6)
    expect(mlToQuarts(ml)).toBeCloseTo(qt, 6)
    expect(mlToGallons(ml)).toBeCloseTo(gal, 6)
    expect(fluidOuncesToMl(flOz)).toBeCloseTo(ml, 5)
  })
})

describe('portionVolumeMl reads only labels that name a volume of the food as sold', () => {
  it.each([
    ['1 cup', 236.5882365],
    ['0.5 cup', 118.29411825],
    ['1/4 cup', 59.147059125],
    ['1 fl oz', 29.5735295625],
    ['1 tbsp', 14.78676478125],
    ['1 tablespoon', 14.78676478125],
    ['1 tsp', 4.92892159375],
    ['1 quart', 946.352946],
    ['1 cup (8 fl oz)', 236.5882365],
    ['1 glass (200 ml)', 200],
    ['1 serving (250 ml)', 250],
    ['splash in tea or coffee (30 ml)', 30],
  ])('%s → %s ml', (label, ml) => {
    expect(portionVolumeMl(label)?.ml).toBeCloseTo(ml, 6)
  })

  it.each([
    '1 cup, mashed',
    '1 cup chopped',
    '1 cup (1/2" cubes)',
    '1 cup (4.86 large eggs)',
    '1 large',
    '1 oz',
    '1 slice',
    '0.25 block',
    '1 container (6 oz)',
  ])('%s is not a volume', (label) => {
    expect(portionVolumeMl(label)).toBeNull()
  })
})

describe('publishedDensity: the food’s own weight per volume, never a guess', () => {
  it('soymilk: 1 cup = 243 g → 1.027 g/ml (cup preferred over fl oz)', () => {
    const d = publishedDensity(SOYMILK)
    expect(d?.portionLabel).toBe('1 cup')
    expect(d?.gramsPerMl).toBeCloseTo(243 / 236.5882365, 9)
  })

  it('an explicit ml portion wins: oat drink 1 glass (200 ml) = 200 g → 1 g/ml', () => {
    expect(publishedDensity(OAT_DRINK)).toEqual({ gramsPerMl: 1, portionLabel: '1 glass (200 ml)' })
  })

  it('olive oil: 1 cup = 216 g', () => {
    expect(publishedDensity(OLIVE_OIL)?.gramsPerMl).toBeCloseTo(216 / 236.5882365, 9)
  })

  it.each([
    ['bread (slice, oz)', BREAD],
    ['a label food in grams', MY_SOY_DRINK],
    ['eggs (the only cup portion counts eggs)', EGG],
  ])('none for %s', (_, food) => {
    expect(publishedDensity(food)).toBeNull()
  })

  it('tofu "0.5 cup" = 126 g is a volume portion', () => {
    expect(publishedDensity(TOFU)?.gramsPerMl).toBeCloseTo(126 / 118.29411825, 9)
  })

  it('spinach "1 cup" = 30 g is used as published (leaves by the cup)', () => {
    expect(publishedDensity(SPINACH)?.portionLabel).toBe('1 cup')
  })
})

describe('count portions and rounding up to whole items', () => {
  it('eggs: "1 large" = 50 g, not "1 extra large"', () => {
    expect(findCountPortion(EGG, ['large'])).toEqual({ label: '1 large', grams: 50, word: 'large' })
    expect(findCountPortion(EGG, ['extra large'])?.grams).toBe(56)
  })

  it('follows the preference order and skips missing words', () => {
    expect(findCountPortion(BANANA, ['whole', 'medium', 'large'])?.grams).toBe(118)
    expect(findCountPortion(BREAD, ['medium', 'large'])).toBeNull()
  })

  it.each([
    [300, 50, 6],
    [301, 50, 7],
    [50, 50, 1],
    [1, 50, 1],
    [0, 50, 0],
    [-10, 50, 0],
    [0.1 + 0.2, 0.3, 1], // float noise does not add an item
    [590, 118, 5],
    [591, 118, 6],
  ])('%s g at %s g each → %s items', (g, each, n) => {
    expect(itemsFor(g, each)).toBe(n)
  })
})
