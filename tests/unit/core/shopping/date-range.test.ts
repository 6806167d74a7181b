import { describe, expect, it } from 'vitest'
import { addDays, daysInRange, weekRange, weeksRange } from '../../../../src/core/shopping'

describe('date ranges (weeks start on Monday)', () => {
  it.each([
    ['2025-03-03', '2025-03-03', '2025-03-09'], // Monday
    ['2025-03-09', '2025-03-03', '2025-03-09'], // Sunday
    ['2025-01-01', '2024-12-30', '2025-01-05'], // across a year
    ['2024-02-29', '2024-02-26', '2024-03-03'], // leap day
  ])('weekRange(%s) = %s … %s', (day, from, to) => {
    expect(weekRange(day)).toEqual({ from, to })
  })

  it('four weeks, day arithmetic and lengths', () => {
    expect(weeksRange('2025-03-05', 4)).toEqual({ from: '2025-03-03', to: '2025-03-30' })
    expect(addDays('2025-03-30', 2)).toBe('2025-04-01')
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28')
    expect(daysInRange({ from: '2025-03-03', to: '2025-03-30' })).toBe(28)
    expect(daysInRange({ from: '2025-03-03', to: '2025-03-01' })).toBe(0)
  })

  it.each(['2025-02-30', '2025-3-3', 'next monday', ''])('rejects %j', (day) => {
    expect(() => weekRange(day)).toThrow(RangeError)
  })
})
