/**
 * Words for "Plan this week like another week": which weeks can be copied, what each day shift
 * does, and what the copy did (pure, so the wording is tested without the page).
 */
import { addDays, dayTitle, formatDay, weekdayName } from '../../../core/dates'
import type { DayShift, RepeatWeekResult } from '../../../core/planning'
import type { PlanEntry } from '../../../core/planning/types'

/** How far back the panel looks for a week to copy, in weeks. */
export const WEEKS_BACK = 8

/** Mondays of the earlier weeks (most recent first) in which any of `people` has a meal. */
export function weeksWithMeals(
  entries: readonly PlanEntry[],
  monday: string,
  people: readonly string[],
): string[] {
  const out: string[] = []
  for (let w = 1; w <= WEEKS_BACK; w++) {
    const start = addDays(monday, -7 * w)
    const end = addDays(start, 6)
    if (entries.some((e) => people.includes(e.profileId) && e.date >= start && e.date <= end))
      out.push(start)
  }
  return out
}

/** "Last week (from 23 November)" or "The week from 16 November". */
export function sourceWeekLabel(source: string, monday: string): string {
  return source === addDays(monday, -7)
    ? `Last week (from ${formatDay(source)})`
    : `The week from ${formatDay(source)}`
}

/** "The same days" or "Each day moves on 2 days (Monday’s meals on Wednesday)". */
export function shiftLabel(shift: DayShift, monday: string): string {
  if (shift === 0) return 'The same days'
  const day = weekdayName(addDays(monday, shift))
  return `Each day moves on ${shift} ${shift === 1 ? 'day' : 'days'} (Monday’s meals on ${day})`
}

/** What the chosen shift does to variety, in one sentence. */
export function repeatsSentence(backToBack: number): string {
  if (backToBack === 0)
    return 'No meal would repeat on two days running (counting the Sunday before this week).'
  const many = backToBack > 1
  return `${backToBack} ${many ? 'meals' : 'meal'} would repeat on two days running (counting the Sunday before this week). Another choice of days may avoid ${many ? 'them' : 'it'}.`
}

/** The status line after copying (the Undo button sits next to it). */
export function repeatDoneLabel(
  source: string,
  shift: DayShift,
  result: RepeatWeekResult,
  names: ReadonlyMap<string, string>,
): string {
  const parts = [
    `Copied the week from ${dayTitle(source)} into this week${shift === 0 ? '' : `, each day moved on ${shift} ${shift === 1 ? 'day' : 'days'}`}`,
  ]
  if (result.blockedByLocked > 0)
    parts.push(
      `${result.blockedByLocked} ${result.blockedByLocked === 1 ? 'meal was' : 'meals were'} left out where a locked meal is`,
    )
  if (result.ruledOut.length > 0) {
    const who = [...new Set(result.ruledOut.map((r) => names.get(r.entry.profileId) ?? 'someone'))]
    parts.push(
      `${result.ruledOut.length} ${result.ruledOut.length === 1 ? 'meal was' : 'meals were'} left out because ${who.join(' and ')}'s diet or allergies now rule ${result.ruledOut.length === 1 ? 'it' : 'them'} out`,
    )
  }
  return parts.join('; ')
}
