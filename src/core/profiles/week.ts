/**
 * Calendar weeks, Monday to Sunday, as YYYY-MM-DD strings (local calendar days; no time zones).
 */
import { parseIsoDate } from './age'

function toUtc(date: string): Date {
  const ymd = parseIsoDate(date)
  if (!ymd) throw new RangeError(`not a date: ${date}`)
  return new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d))
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The date `days` later (negative: earlier). */
export function addDays(date: string, days: number): string {
  const d = toUtc(date)
  d.setUTCDate(d.getUTCDate() + days)
  return format(d)
}

/** The Monday of the week that contains `date`. */
export function mondayOf(date: string): string {
  const weekday = (toUtc(date).getUTCDay() + 6) % 7
  return addDays(date, -weekday)
}

/** The seven dates Monday…Sunday of the week starting `monday`. */
export function weekOf(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}
