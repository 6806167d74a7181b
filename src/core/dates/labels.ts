/**
 * Dates as words on the pages (display only). A malformed date is shown as written rather than
 * throwing, so a bad row never takes a page down. The three week styles are the ones the pages
 * use today: coverage "16–22 November 2026", shopping "16 to 22 November 2026", plan "Week of …".
 */
import { parseIsoDate } from './calendar-day'
import type { DayRange } from './arithmetic'
import { monthName, weekdayName } from './names'

/** "16 November" (or "16 November 2026" with the year). */
export function formatDay(date: string, withYear = false): string {
  const ymd = parseIsoDate(date)
  if (!ymd) return date
  return `${ymd.d} ${monthName(ymd.m)}${withYear ? ` ${ymd.y}` : ''}`
}

/** "16 Nov": the short label of a week on an axis. */
export function formatShortDay(date: string): string {
  const ymd = parseIsoDate(date)
  if (!ymd) return date
  return `${ymd.d} ${monthName(ymd.m).slice(0, 3)}`
}

/** "Monday 23 November" */
export function dayTitle(date: string): string {
  return parseIsoDate(date) ? `${weekdayName(date)} ${formatDay(date)}` : date
}

/** "Week of Monday 23 November 2026" */
export function weekTitle(monday: string): string {
  const ymd = parseIsoDate(monday)
  return `Week of ${dayTitle(monday)}${ymd ? ` ${ymd.y}` : ''}`
}

/** "16–22 November 2026", "30 November – 6 December 2026", "29 December 2025 – 4 January 2026". */
export function formatWeekRange(monday: string, sunday: string): string {
  const a = parseIsoDate(monday)
  const b = parseIsoDate(sunday)
  if (!a || !b) return `${monday} – ${sunday}`
  if (a.m === b.m && a.y === b.y) return `${a.d}–${b.d} ${monthName(b.m)} ${b.y}`
  return `${formatDay(monday, a.y !== b.y)} – ${formatDay(sunday, true)}`
}

/** "16 to 22 November 2026", "30 November to 6 December 2026", "29 December 2026 to 4 January 2027". */
export function rangeTitle(range: DayRange): string {
  const a = parseIsoDate(range.from)
  const b = parseIsoDate(range.to)
  if (!a || !b) return `${range.from} to ${range.to}`
  if (a.y !== b.y) return `${formatDay(range.from, true)} to ${formatDay(range.to, true)}`
  if (a.m !== b.m) return `${formatDay(range.from)} to ${formatDay(range.to, true)}`
  return `${a.d} to ${b.d} ${monthName(b.m)} ${b.y}`
}
