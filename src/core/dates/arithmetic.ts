/**
 * Day and week arithmetic on YYYY-MM-DD dates. Weeks run Monday to Sunday, as in the plan model
 * and the B12 core's day index (Monday = 0). Every function throws RangeError on a malformed day,
 * so a bad date is a bug found early, never a silently shifted week.
 */
import { dayNumberOf, formatIsoDate, fromDayNumber } from './calendar-day'

/** Inclusive range of calendar days, YYYY-MM-DD. */
export interface DayRange {
  from: string
  to: string
}

/** Monday = 0 … Sunday = 6. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6

const fromNumber = (n: number): string => formatIsoDate(fromDayNumber(n))

/** `date` plus `days` calendar days (negative goes back; fractions are cut off). */
export function addDays(date: string, days: number): string {
  if (!Number.isFinite(days)) throw new RangeError(`Not a number of days: ${days}`)
  return fromNumber(dayNumberOf(date) + Math.trunc(days))
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from)
}

/** Monday = 0 … Sunday = 6 (1970-01-01, day 0, was a Thursday). */
export function weekdayIndex(date: string): WeekdayIndex {
  return ((((dayNumberOf(date) + 3) % 7) + 7) % 7) as WeekdayIndex
}

/** The Monday of the week that contains `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date))
}

/** The seven dates of the week starting `monday` (Monday…Sunday when it is a Monday). */
export function weekOf(monday: string): string[] {
  const first = dayNumberOf(monday)
  return Array.from({ length: 7 }, (_, i) => fromNumber(first + i))
}

/** The Monday-to-Sunday week containing `date`. */
export function weekRange(date: string): DayRange {
  const from = mondayOf(date)
  return { from, to: addDays(from, 6) }
}

/** `weeks` consecutive weeks (at least 1) starting with the week containing `date`. */
export function weeksRange(date: string, weeks: number): DayRange {
  const from = mondayOf(date)
  return { from, to: addDays(from, 7 * Math.max(1, Math.trunc(weeks)) - 1) }
}

/** Number of days in an inclusive range (0 if `to` is before `from`). */
export function daysInRange(range: DayRange): number {
  return Math.max(0, daysBetween(range.from, range.to) + 1)
}
