import { describe, expect, it } from 'vitest'
import { addDays, mondayOf, weekOf } from '../../../../src/core/dates'

describe('calendar weeks', () => {
  it.each([
    ['2026-11-21', '2026-11-16'], // Saturday
    ['2026-11-22', '2026-11-16'], // Sunday belongs to the week before
    ['2026-11-23', '2026-11-23'], // Monday
    ['2027-01-01', '2026-12-28'], // across a year
  ])('the Monday of %s is %s', (date, monday) => expect(mondayOf(date)).toBe(monday))

  it('lists Monday to Sunday, across month ends and leap days', () => {
    expect(weekOf('2026-11-30')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('refuses a malformed date', () => {
    expect(() => mondayOf('2026-13-01')).toThrow(RangeError)
  })
})
