import { describe, expect, it } from 'vitest'
import {
  displayMass,
  displayVolume,
  foodShopQuantity,
  formatBuy,
  formatMass,
  formatNumber,
  formatQuantity,
  formatVolume,
  roundUpToStep,
  supplementShopQuantity,
} from '../../../../src/core/shopping'
import { grams } from '../../../../src/core/units'
import { B12_TABLET, EGG, SOYMILK, TABLE } from './fixtures'
import { customFoodFromLabel } from '../../../../src/core/foods'

describe('roundUpToStep and formatNumber', () => {
  it.each([
    [312, 50, 350],
    [350, 50, 350],
    [350.0000000001, 50, 350],
    [0.3, 0.1, 0.3],
    [1.01, 0.25, 1.25],
    [0, 10, 0],
    [-4, 10, 0],
  ])('roundUpToStep(%s, %s) = %s', (value, step, expected) => {
    expect(roundUpToStep(value, step)).toBe(expected)
  })

  it.each([
    [1.8, '1.8'],
    [2, '2'],
    [1.25, '1.25'],
    [0.125, '0.13'],
    [1000, '1000'],
  ])('formatNumber(%s) = %s', (n, text) => {
    expect(formatNumber(n)).toBe(text)
  })
})

describe('formatMass: always at least the need, in sensible steps', () => {
  it.each([
    [3.2, 'metric', '4 g'],
    [12, 'metric', '15 g'],
    [120, 'metric', '120 g'],
    [312, 'metric', '350 g'],
    [999, 'metric', '1 kg'],
    [1250, 'metric', '1.3 kg'],
    [0, 'metric', '0 g'],
    [28.349523125, 'us', '1 oz'],
    [50, 'us', '2 oz'],
    [200, 'us', '8 oz'],
    [453.59237, 'us', '1 lb'],
    [440, 'us', '1 lb'],
    [1000, 'us', '2.25 lb'],
  ] as const)('%s g (%s) → %s', (g, system, text) => {
    expect(formatMass(g, system)).toBe(text)
  })

  it('never shows less than the amount (US and metric)', () => {
    for (let g = 1; g < 5000; g += 7.3) {
      const m = displayMass(g, 'metric')
      expect(m.value * (m.unit === 'kg' ? 1000 : 1)).toBeGreaterThanOrEqual(g - 1e-9)
      const u = displayMass(g, 'us')
      expect(u.value * (u.unit === 'lb' ? 453.59237 : 28.349523125)).toBeGreaterThanOrEqual(
        g - 1e-9,
      )
    }
  })
})

describe('formatVolume', () => {
  it.each([
    [5, 'metric', '5 ml'],
    [240, 'metric', '240 ml'],
    [709.8, 'metric', '750 ml'],
    [1800, 'metric', '1.8 L'],
    [29.5735295625, 'us', '1 fl oz'],
    [240, 'us', '9 fl oz'],
    [946.352946, 'us', '1 qt'],
    [1800, 'us', '2 qt'],
    [3785.411784, 'us', '1 gal'],
    [5000, 'us', '1.5 gal'],
  ] as const)('%s ml (%s) → %s', (ml, system, text) => {
    expect(formatVolume(ml, system)).toBe(text)
  })

  it('never shows less than the amount', () => {
    const factor: Record<string, number> = {
      ml: 1,
      L: 1000,
      'fl oz': 29.5735295625,
      qt: 946.352946,
      gal: 3785.411784,
    }
    for (let ml = 1; ml < 20_000; ml += 13.7) {
      for (const system of ['metric', 'us'] as const) {
        const d = displayVolume(ml, system)
        expect(d.value * factor[d.unit]!).toBeGreaterThanOrEqual(ml - 1e-9)
      }
    }
  })
})

describe('formatQuantity and formatBuy (shop units)', () => {
  it('soy milk 1.8 L → 2 × 1 L cartons; US: one half-gallon', () => {
    const q = foodShopQuantity(SOYMILK, grams((1800 * 243) / 236.5882365), TABLE).quantity
    expect(q.measure).toBe('volume')
    expect(q.amount).toBeCloseTo(1800, 9)
    expect(formatQuantity(q, 'metric')).toBe('1.8 L → 2 × 1 L cartons')
    expect(formatBuy(q, 'metric')).toBe('2 × 1 L cartons')
    expect(formatQuantity(q, 'us')).toBe('2 qt → 1 × half-gallon carton')
  })

  it('6 eggs: 300 g at "1 large" = 50 g → 1 box of 6', () => {
    const q = foodShopQuantity(EGG, grams(300), TABLE).quantity
    expect(q).toMatchObject({
      measure: 'count',
      amount: 6,
      portion: { label: '1 large', grams: 50 },
    })
    expect(formatQuantity(q, 'metric')).toBe('6 large → 1 box of 6')
    expect(formatQuantity(foodShopQuantity(EGG, grams(301), TABLE).quantity, 'metric')).toBe(
      '7 large → 1 box of 12',
    )
    expect(formatBuy(foodShopQuantity(EGG, grams(900), TABLE).quantity, 'us')).toBe(
      '1 carton of 12 + 1 carton of 6',
    )
  })

  it('supplements: 28 tablets for 4 weeks → 1 bottle of 30; 100 → 1 bottle of 100', () => {
    expect(formatQuantity(supplementShopQuantity(B12_TABLET, 28, TABLE), 'metric')).toBe(
      '28 tablets → 1 bottle of 30 B12 tablets, 1000 µg',
    )
    expect(formatBuy(supplementShopQuantity(B12_TABLET, 100, TABLE), 'us')).toBe(
      '1 bottle of 100 B12 tablets, 1000 µg',
    )
    expect(formatQuantity(supplementShopQuantity(B12_TABLET, 1, TABLE), 'metric')).toBe(
      '1 tablet → 1 bottle of 30 B12 tablets, 1000 µg',
    )
  })
})

describe('a drink entered per 100 ml is listed in ml', () => {
  const oatDrink = customFoodFromLabel({
    uuid: 'a1b2c3d4-0000-4000-8000-000000000001',
    name: 'Green smoothie with B12',
    kind: 'food',
    servingSize: '200',
    servingUnit: 'ml',
    b12UgPerServing: '0,76',
    diet: 'vegan',
    aisle: 'dairy',
  })
  if (!oatDrink.ok) throw new Error('fixture')

  it('shows 1,400 ml as 1.4 L, not grams', () => {
    const q = foodShopQuantity(oatDrink.food, grams(1400), TABLE).quantity
    expect(q.measure).toBe('volume')
    expect(formatQuantity(q, 'metric')).toMatch(/^1\.4 L/)
  })

  it('keeps a solid food of your own in grams', () => {
    const solid = customFoodFromLabel({
      uuid: 'a1b2c3d4-0000-4000-8000-000000000002',
      name: 'Smoked tofu',
      kind: 'food',
      servingSize: '100',
      servingUnit: 'g',
      b12UgPerServing: '0',
      diet: 'vegan',
      aisle: 'other',
    })
    if (!solid.ok) throw new Error('fixture')
    expect(foodShopQuantity(solid.food, grams(400), TABLE).quantity.measure).toBe('mass')
  })
})
