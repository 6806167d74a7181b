import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  applyPantry,
  buildShoppingList,
  formatLineQuantity,
  type PantryItem,
  type Quantity,
} from '../../../../src/core/shopping'
import { grams, millilitres } from '../../../../src/core/units'
import {
  B12_TABLET,
  EGG,
  FOODS,
  foodItem,
  makeEntry,
  MY_SOY_DRINK,
  OLIVE_OIL,
  SOYMILK,
  supplementItem,
  TABLE,
  TOFU,
} from './fixtures'

const WEEK = { from: '2025-03-03', to: '2025-03-09' }
const mass = (g: number): Quantity => ({ kind: 'mass', grams: grams(g) })

describe('applyPantry', () => {
  it.each([
    ['no pantry item', undefined, 450, 'none', []],
    ['staple', { foodId: TOFU.id, kind: 'staple' }, 0, 'staple', ['in_pantry']],
    [
      'some on hand',
      { foodId: TOFU.id, kind: 'on_hand', quantity: mass(100) },
      350,
      'partly',
      ['pantry_partly'],
    ],
    [
      'exactly enough',
      { foodId: TOFU.id, kind: 'on_hand', quantity: mass(450) },
      0,
      'covered',
      ['pantry_covered'],
    ],
    [
      'more than enough',
      { foodId: TOFU.id, kind: 'on_hand', quantity: mass(5000) },
      0,
      'covered',
      ['pantry_covered'],
    ],
    ['zero on hand', { foodId: TOFU.id, kind: 'on_hand', quantity: mass(0) }, 450, 'none', []],
    [
      'negative on hand',
      { foodId: TOFU.id, kind: 'on_hand', quantity: mass(-50) },
      450,
      'none',
      [],
    ],
  ] as [string, PantryItem | undefined, number, string, string[]][])(
    '%s',
    (_, item, toBuy, status, codes) => {
      const r = applyPantry(TOFU, { grams: 450, units: 0 }, item, TABLE)
      expect(r.toBuyGrams).toBe(toBuy)
      expect(r.status).toBe(status)
      expect(r.notes.map((n) => n.code)).toEqual(codes)
    },
  )

  it('converts ml on hand by the published density, and counts by the egg portion', () => {
    const soy = applyPantry(
      SOYMILK,
      { grams: 1000, units: 0 },
      {
        foodId: SOYMILK.id,
        kind: 'on_hand',
        quantity: { kind: 'volume', millilitres: millilitres(236.5882365) },
      },
      TABLE,
    )
    expect(soy.toBuyGrams).toBeCloseTo(1000 - 243, 9)
    const eggs = applyPantry(
      EGG,
      { grams: 350, units: 0 },
      { foodId: EGG.id, kind: 'on_hand', quantity: { kind: 'count', count: 4 } },
      TABLE,
    )
    expect(eggs.toBuyGrams).toBe(150)
  })

  it('does not subtract ml from a food without a published volume: says so', () => {
    const r = applyPantry(
      MY_SOY_DRINK,
      { grams: 400, units: 0 },
      {
        foodId: MY_SOY_DRINK.id,
        kind: 'on_hand',
        quantity: { kind: 'volume', millilitres: millilitres(500) },
      },
      TABLE,
    )
    expect(r).toMatchObject({ toBuyGrams: 400, status: 'none' })
    expect(r.notes.map((n) => n.code)).toEqual(['pantry_not_comparable'])
  })

  it('supplements subtract tablets on hand', () => {
    const r = applyPantry(
      B12_TABLET,
      { grams: 0, units: 28 },
      { foodId: B12_TABLET.id, kind: 'on_hand', quantity: { kind: 'count', count: 10 } },
      TABLE,
    )
    expect(r).toMatchObject({ toBuyUnits: 18, status: 'partly' })
  })

  it('never goes below zero and never adds (property)', () => {
    const quantity = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((g) => mass(g)),
      fc
        .double({ min: -1e5, max: 1e5, noNaN: true })
        .map((ml): Quantity => ({ kind: 'volume', millilitres: millilitres(ml) })),
      fc.integer({ min: -100, max: 1000 }).map((count): Quantity => ({ kind: 'count', count })),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(SOYMILK, EGG, TOFU, MY_SOY_DRINK, B12_TABLET),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        quantity,
        (food, need, q) => {
          const needs =
            food.kind === 'supplement' ? { grams: 0, units: need } : { grams: need, units: 0 }
          const r = applyPantry(
            food,
            needs,
            { foodId: food.id, kind: 'on_hand', quantity: q },
            TABLE,
          )
          expect(r.toBuyGrams).toBeGreaterThanOrEqual(0)
          expect(r.toBuyUnits).toBeGreaterThanOrEqual(0)
          expect(r.toBuyGrams).toBeLessThanOrEqual(needs.grams)
          expect(r.toBuyUnits).toBeLessThanOrEqual(needs.units)
        },
      ),
    )
  })
})

describe('pantry on the list: covered lines stay visible', () => {
  const entries = [
    makeEntry('alex', '2025-03-03', foodItem(TOFU, 450)),
    makeEntry('alex', '2025-03-03', foodItem(OLIVE_OIL, 27)),
    makeEntry('alex', '2025-03-03', foodItem(EGG, 100)),
    makeEntry('alex', '2025-03-03', supplementItem(B12_TABLET, 7)),
  ]
  const list = buildShoppingList({
    entries,
    recipes: [],
    foods: FOODS,
    range: WEEK,
    packages: TABLE,
    pantry: [
      { foodId: OLIVE_OIL.id, kind: 'staple' },
      { foodId: TOFU.id, kind: 'on_hand', quantity: mass(100) },
      { foodId: EGG.id, kind: 'on_hand', quantity: { kind: 'count', count: 6 } },
    ],
  })
  const line = (id: string) => list.lines.find((l) => l.key === id)!

  it('staple: nothing to buy, marked in pantry, need kept', () => {
    expect(line(OLIVE_OIL.id)).toMatchObject({
      pantry: 'staple',
      grams: 27,
      toBuyGrams: 0,
      shop: null,
    })
    expect(line(OLIVE_OIL.id).notes.map((n) => n.text)).toEqual(['in pantry'])
  })

  it('partly covered: buys the rest', () => {
    expect(line(TOFU.id)).toMatchObject({ pantry: 'partly', grams: 450, toBuyGrams: 350 })
    expect(formatLineQuantity(line(TOFU.id), 'metric')).toBe('350 g → 1 × 400 g block')
  })

  it('fully covered: listed as covered, not removed', () => {
    expect(line(EGG.id)).toMatchObject({ pantry: 'covered', toBuyGrams: 0, shop: null })
    expect(line(EGG.id).notes.map((n) => n.code)).toEqual(['pantry_covered'])
  })
})
