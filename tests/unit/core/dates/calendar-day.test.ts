import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dayNumberOf,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
} from '../../../../src/core/dates'

describe('calendar days (YYYY-MM-DD)', () => {
  it.each([
    ['2024-02-29', { y: 2024, m: 2, d: 29 }], // leap year
    ['2000-02-29', { y: 2000, m: 2, d: 29 }], // divisible by 400
    ['2026-12-31', { y: 2026, m: 12, d: 31 }],
    ['0050-01-01', { y: 50, m: 1, d: 1 }], // not read as 1950
  ])('parseIsoDate(%s) is a real day', (text, ymd) => {
    expect(parseIsoDate(text)).toEqual(ymd)
    expect(isIsoDate(text)).toBe(true)
    expect(formatIsoDate(ymd)).toBe(text)
  })

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '2026-01-05T00:00',
    'next monday',
    '',
  ])('refuses %j', (text) => {
    expect(parseIsoDate(text)).toBeNull()
    expect(isIsoDate(text)).toBe(false)
    expect(() => dayNumberOf(text)).toThrow(RangeError)
  })

  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (y, m, days) => expect(daysInMonth(y, m)).toBe(days))

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-11-16', 20773],
  ])('dayNumberOf(%s) = %i', (text, n) => {
    expect(dayNumberOf(text)).toBe(n)
    expect(formatIsoDate(fromDayNumber(n))).toBe(text)
  })

  it('refuses to write a year the format cannot hold', () => {
    expect(() => formatIsoDate({ y: 10000, m: 1, d: 1 })).toThrow(RangeError)
    expect(() => formatIsoDate({ y: -1, m: 12, d: 31 })).toThrow(RangeError)
  })

  it('counts days exactly as the JavaScript calendar does (years 1000–9999)', () => {
    const MS_PER_DAY = 86_400_000
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.UTC(1000, 0, 1) / MS_PER_DAY,
          max: Date.UTC(9999, 11, 31) / MS_PER_DAY,
        }),
        (n) => {
          const text = new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
          expect(dayNumberOf(text)).toBe(n)
          expect(formatIsoDate(fromDayNumber(n))).toBe(text)
          expect(toDayNumber(fromDayNumber(n))).toBe(n)
        },
      ),
    )
  })
})
