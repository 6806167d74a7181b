import { describe, expect, it } from 'vitest'
import { DEFAULT_AISLE_ORDER } from '../../../../../src/core/shopping'
import {
  listRange,
  moveAisle,
  parseAmount,
  rangeTitle,
} from '../../../../../src/renderer/features/shopping/shopping-view'

describe('shopping view helpers', () => {
  it.each([
    ['2026-11-16', 1, { from: '2026-11-16', to: '2026-11-22' }, '16 to 22 November 2026'],
    ['2026-11-30', 1, { from: '2026-11-30', to: '2026-12-06' }, '30 November to 6 December 2026'],
    [
      '2026-12-28',
      2,
      { from: '2026-12-28', to: '2027-01-10' },
      '28 December 2026 to 10 January 2027',
    ],
    ['2026-11-16', 4, { from: '2026-11-16', to: '2026-12-13' }, '16 November to 13 December 2026'],
  ] as const)('weeks from %s × %i', (monday, weeks, range, title) => {
    expect(listRange(monday, weeks)).toEqual(range)
    expect(rangeTitle(range)).toBe(title)
  })

  it('moves an aisle past the shown neighbour only, keeping hidden aisles in place', () => {
    const shown = ['produce', 'dairy', 'pantry'] as const
    expect(moveAisle(DEFAULT_AISLE_ORDER, shown, 'pantry', -1)).toEqual([
      'produce',
      'bakery',
      'pantry',
      'meat_fish',
      'dairy',
      'frozen',
      'supplements',
      'other',
    ])
    expect(moveAisle(DEFAULT_AISLE_ORDER, shown, 'produce', -1)).toEqual([...DEFAULT_AISLE_ORDER])
    expect(moveAisle(DEFAULT_AISLE_ORDER, shown, 'pantry', 1)).toEqual([...DEFAULT_AISLE_ORDER])
    expect(moveAisle(['other'], ['other', 'produce'], 'other', 1)).toEqual([
      'produce',
      'other',
      'bakery',
      'dairy',
      'meat_fish',
      'pantry',
      'frozen',
      'supplements',
    ])
  })

  it.each([
    ['', 'g', undefined],
    ['250', 'g', { kind: 'mass', grams: 250 }],
    ['1,5', 'kg', { kind: 'mass', grams: 1500 }],
    ['2', 'l', { kind: 'volume', millilitres: 2000 }],
    ['3', 'items', { kind: 'count', count: 3 }],
    ['0', 'g', 'invalid'],
    ['-2', 'g', 'invalid'],
    ['two', 'items', 'invalid'],
    ['1e3', 'g', 'invalid'],
    ['1 000', 'g', { kind: 'mass', grams: 1000 }],
    ['0,75', 'l', { kind: 'volume', millilitres: 750 }],
    ['1,500', 'g', 'invalid'],
  ] as const)('parses %j %s', (text, unit, expected) => {
    expect(parseAmount(text, unit)).toEqual(expected)
  })

  it('converts US amounts exactly', () => {
    expect(parseAmount('1', 'lb')).toEqual({ kind: 'mass', grams: 453.59237 })
    expect(parseAmount('8', 'fl_oz')).toMatchObject({ kind: 'volume' })
  })
})
