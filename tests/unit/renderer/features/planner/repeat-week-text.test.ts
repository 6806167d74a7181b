import { describe, expect, it } from 'vitest'
import {
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
} from '../../../../../src/core/planning/types'
import {
  repeatsSentence,
  shiftLabel,
  sourceWeekLabel,
  weeksWithMeals,
} from '../../../../../src/renderer/features/planner/repeat-week-text'

const at = (who: string, date: string): PlanEntry => ({
  id: planEntryId(`${who}-${date}`),
  profileId: profileId(who),
  date,
  slot: 'dinner',
  item: { kind: 'recipe', recipeId: recipeId('r'), servings: 1 },
  locked: false,
})

describe('repeat-week words', () => {
  it('lists the earlier weeks with meals for the people shown, most recent first', () => {
    const rows = [
      at('a', '2026-11-15'),
      at('b', '2026-11-04'),
      at('a', '2026-10-26'),
      at('a', '2026-09-01'),
    ]
    expect(weeksWithMeals(rows, '2026-11-16', ['a'])).toEqual(['2026-11-09', '2026-10-26'])
    expect(weeksWithMeals(rows, '2026-11-16', ['a', 'b'])).toEqual([
      '2026-11-09',
      '2026-11-02',
      '2026-10-26',
    ])
    expect(weeksWithMeals([], '2026-11-16', ['a'])).toEqual([])
  })

  it('names weeks, shifts and repeats plainly', () => {
    expect(sourceWeekLabel('2026-11-09', '2026-11-16')).toBe('Last week (from 9 November)')
    expect(sourceWeekLabel('2026-10-26', '2026-11-16')).toBe('The week from 26 October')
    expect(shiftLabel(0, '2026-11-16')).toBe('The same days')
    expect(shiftLabel(1, '2026-11-16')).toBe('Each day moves on 1 day (Monday’s meals on Tuesday)')
    expect(shiftLabel(3, '2026-11-16')).toBe(
      'Each day moves on 3 days (Monday’s meals on Thursday)',
    )
    expect(repeatsSentence(0)).toMatch(/^No meal would repeat/)
    expect(repeatsSentence(2)).toMatch(/^2 meals would repeat .* may avoid them\.$/)
  })
})
