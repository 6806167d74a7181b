import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  daysInRange,
  mondayOf,
  weekdayIndex,
  weekOf,
  weekRange,
  weeksRange,
} from '../../../../src/core/dates'

describe('day and week arithmetic (weeks start on Monday)', () => {
  it.each([
    ['2026-11-16', 1, '2026-11-17'],
    ['2026-11-30', 1, '2026-12-01'], // month end
    ['2026-12-31', 1, '2027-01-01'], // year end
    ['2028-02-28', 1, '2028-02-29'], // leap day
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-16', 0, '2026-11-16'],
    ['2026-11-16', 2.9, '2026-11-18'], // fractions cut off, as setUTCDate did
    ['2026-11-16', -7, '2026-11-09'],
    ['2026-03-29', 1, '2026-03-30'], // a clock change day is still one day
  ])('addDays(%s, %d) = %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected))

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('addDays refuses %d days', (days) => {
    expect(() => addDays('2026-11-16', days)).toThrow(RangeError)
  })

  it.each([
    ['2026-11-16', 0], // Monday
    ['2026-11-21', 5], // Saturday
    ['2026-11-22', 6], // Sunday
    ['1970-01-01', 3], // Thursday
    ['1969-12-29', 0], // Monday before day 0
  ])('weekdayIndex(%s) = %i', (date, index) => expect(weekdayIndex(date)).toBe(index))

  it.each([
    ['2026-11-21', '2026-11-16'], // Saturday
    ['2026-11-22', '2026-11-16'], // Sunday belongs to the week before
    ['2026-11-23', '2026-11-23'], // Monday
    ['2027-01-01', '2026-12-28'], // across a year
    ['2024-03-03', '2024-02-26'], // across a leap day
  ])('mondayOf(%s) = %s', (date, monday) => expect(mondayOf(date)).toBe(monday))

  it('weekOf lists seven days across a month end', () => {
    expect(weekOf('2026-11-30')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
  })

  it.each([
    ['2025-03-05', 1, '2025-03-03', '2025-03-09'],
    ['2025-03-05', 4, '2025-03-03', '2025-03-30'],
    ['2025-03-05', 0, '2025-03-03', '2025-03-09'], // at least one week
    ['2025-12-31', 2, '2025-12-29', '2026-01-11'],
  ])('weeksRange(%s, %i) = %s … %s', (date, weeks, from, to) => {
    expect(weeksRange(date, weeks)).toEqual({ from, to })
    if (weeks === 1) expect(weekRange(date)).toEqual({ from, to })
  })

  it.each([
    ['2025-03-03', '2025-03-30', 27, 28],
    ['2025-03-03', '2025-03-03', 0, 1],
    ['2025-03-03', '2025-03-01', -2, 0],
    ['2024-02-01', '2024-03-01', 29, 30],
  ])('from %s to %s: %i days apart, %i days in the range', (from, to, between, inRange) => {
    expect(daysBetween(from, to)).toBe(between)
    expect(daysInRange({ from, to })).toBe(inRange)
  })

  it.each(['2026-02-30', '2026-13-01', '2025-3-3', ''])('refuses the malformed day %j', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError)
    expect(() => mondayOf(date)).toThrow(RangeError)
    expect(() => weekOf(date)).toThrow(RangeError)
    expect(() => weekRange(date)).toThrow(RangeError)
  })
})
