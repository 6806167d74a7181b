import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { choosePacks, packedAmount, type PackOption } from '../../../../src/core/shopping'

const litre: PackOption = {
  size: 1000,
  label: '1 L',
  noun: 'carton',
  plural: 'cartons',
  measure: 'volume',
}
const quart: PackOption = {
  size: 946.352946,
  label: 'quart',
  noun: 'carton',
  plural: 'cartons',
  measure: 'volume',
}
const halfGallon: PackOption = {
  size: 1892.705892,
  label: 'half-gallon',
  noun: 'carton',
  plural: 'cartons',
  measure: 'volume',
}
const box = (size: number): PackOption => ({
  size,
  label: '',
  noun: 'box',
  plural: 'boxes',
  measure: 'count',
})
const bottle = (size: number): PackOption => ({
  size,
  label: '',
  noun: 'bottle',
  plural: 'bottles',
  measure: 'units',
})

const summary = (need: number, options: PackOption[]) =>
  choosePacks(need, options).map((p) => `${p.count}×${p.size}`)

describe('choosePacks', () => {
  it.each([
    [1800, [litre], ['2×1000']],
    [1000, [litre], ['1×1000']],
    [1000.0000001, [litre], ['1×1000']],
    [1001, [litre], ['2×1000']],
    [250, [litre], ['1×1000']],
  ])('metric cartons: %s ml → %j', (need, options, expected) => {
    expect(summary(need, options)).toEqual(expected)
  })

  it.each([
    [1800, ['1×1892.705892']], // one half-gallon beats two quarts (same volume, fewer packs)
    [500, ['1×946.352946']], // a quart leaves less over than a half-gallon
    [2000, ['1×1892.705892', '1×946.352946']],
    [3785, ['2×1892.705892']],
  ])('US cartons: %s ml → %j', (need, expected) => {
    expect(summary(need, [quart, halfGallon])).toEqual(expected)
  })

  it.each([
    [3, ['1×6']],
    [6, ['1×6']],
    [7, ['1×12']], // 12 or 6+6 leave 5 over: fewer boxes wins
    [13, ['1×12', '1×6']],
    [18, ['1×12', '1×6']],
    [24, ['2×12']],
  ])('eggs in boxes of 6 and 12: %s → %j', (need, expected) => {
    expect(summary(need, [box(6), box(12)])).toEqual(expected)
  })

  it.each([
    [28, ['1×30']],
    [56, ['1×60']],
    [100, ['1×100']],
    [112, ['2×60']],
    [0.5, ['1×30']],
  ])('supplement bottles of 30/60/100: %s tablets → %j', (need, expected) => {
    expect(summary(need, [bottle(30), bottle(60), bottle(100)])).toEqual(expected)
  })

  it('returns nothing for no need or no sizes', () => {
    expect(choosePacks(0, [litre])).toEqual([])
    expect(choosePacks(-5, [litre])).toEqual([])
    expect(choosePacks(500, [])).toEqual([])
    expect(choosePacks(Number.NaN, [litre])).toEqual([])
  })

  it('copies the package wording', () => {
    expect(choosePacks(1800, [litre])).toEqual([
      { count: 2, size: 1000, label: '1 L', noun: 'carton', plural: 'cartons', measure: 'volume' },
    ])
  })

  it('always covers the need, and no single package could be dropped (property)', () => {
    const sizes = fc.uniqueArray(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 3 })
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 20_000, noNaN: true }), sizes, (need, list) => {
        const packs = choosePacks(
          need,
          list.map((s) => box(s)),
        )
        const total = packedAmount(packs)
        expect(total).toBeGreaterThanOrEqual(need * (1 - 1e-9))
        for (const p of packs) expect(total - p.size).toBeLessThan(need)
      }),
    )
  })
})
