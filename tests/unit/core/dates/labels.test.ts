import { describe, expect, it } from 'vitest'
import {
  dayTitle,
  formatDay,
  formatShortDay,
  formatWeekRange,
  monthName,
  rangeTitle,
  weekdayName,
  weekTitle,
} from '../../../../src/core/dates'

describe('dates as words', () => {
  it.each([
    ['2026-11-16', 'Monday'],
    ['2026-11-22', 'Sunday'],
    ['2027-01-01', 'Friday'],
    ['not a date', 'not a date'],
  ])('weekdayName(%s) = %s', (date, name) => expect(weekdayName(date)).toBe(name))

  it.each([
    [1, 'January'],
    [12, 'December'],
    [0, ''],
    [13, ''],
  ])('monthName(%i) = %j', (month, name) => expect(monthName(month)).toBe(name))

  it.each([
    ['2026-11-16', false, '16 November'],
    ['2026-11-16', true, '16 November 2026'],
    ['2026-13-16', false, '2026-13-16'],
  ])('formatDay(%s, year: %s) = %s', (date, withYear, text) =>
    expect(formatDay(date, withYear)).toBe(text),
  )

  it.each([
    ['2026-11-16', '16 Nov'],
    ['2026-09-01', '1 Sep'],
    ['bad', 'bad'],
  ])('formatShortDay(%s) = %s', (date, text) => expect(formatShortDay(date)).toBe(text))

  it.each([
    ['2026-11-23', 'Monday 23 November', 'Week of Monday 23 November 2026'],
    ['2026-12-28', 'Monday 28 December', 'Week of Monday 28 December 2026'],
  ])('dayTitle / weekTitle of %s', (date, day, week) => {
    expect(dayTitle(date)).toBe(day)
    expect(weekTitle(date)).toBe(week)
  })

  it.each([
    ['2026-11-16', '2026-11-22', '16–22 November 2026', '16 to 22 November 2026'],
    ['2026-11-30', '2026-12-06', '30 November – 6 December 2026', '30 November to 6 December 2026'],
    [
      '2026-12-28',
      '2027-01-03',
      '28 December 2026 – 3 January 2027',
      '28 December 2026 to 3 January 2027',
    ],
    ['x', 'y', 'x – y', 'x to y'],
  ])('the week %s … %s reads %j (coverage) and %j (shopping)', (from, to, dashed, worded) => {
    expect(formatWeekRange(from, to)).toBe(dashed)
    expect(rangeTitle({ from, to })).toBe(worded)
  })
})
