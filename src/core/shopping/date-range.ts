/**
 * Calendar-day ranges for the list (local days as YYYY-MM-DD, weeks start on Monday, as in the
 * plan model). Pure arithmetic on the date text: no clock, no time zone.
 */
import type { DateRange } from './types'

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

function parseDay(day: string): number {
  const m = ISO_DAY.exec(day)
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`)
  }
  return ms
}

const formatDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** `day` plus `days` calendar days (negative goes back). Throws RangeError on a malformed day. */
export function addDays(day: string, days: number): string {
  return formatDay(parseDay(day) + Math.trunc(days) * DAY_MS)
}

/** The Monday-to-Sunday week containing `day`. Throws RangeError on a malformed day. */
export function weekRange(day: string): DateRange {
  const ms = parseDay(day)
  const weekday = (new Date(ms).getUTCDay() + 6) % 7 // Monday = 0
  const from = formatDay(ms - weekday * DAY_MS)
  return { from, to: addDays(from, 6) }
}

/** `weeks` consecutive weeks starting with the week containing `day` (weeks ≥ 1). */
export function weeksRange(day: string, weeks: number): DateRange {
  const first = weekRange(day)
  return { from: first.from, to: addDays(first.from, 7 * Math.max(1, Math.trunc(weeks)) - 1) }
}

/** Number of days in an inclusive range (0 if `to` is before `from`). */
export function daysInRange(range: DateRange): number {
  return Math.max(0, Math.round((parseDay(range.to) - parseDay(range.from)) / DAY_MS) + 1)
}
