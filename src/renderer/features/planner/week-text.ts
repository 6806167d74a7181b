/** Day names for the planner ("Monday 23 November"), from YYYY-MM-DD dates (display only). */
import { parseIsoDate } from '../../../core/profiles/age'

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

function weekdayIndex(date: string): number {
  const ymd = parseIsoDate(date)
  if (!ymd) return 0
  return (new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d)).getUTCDay() + 6) % 7
}

/** "Monday" */
export function dayLabel(date: string): string {
  return DAYS[weekdayIndex(date)] ?? date
}

/** "Monday 23 November" */
export function dayTitle(date: string): string {
  const ymd = parseIsoDate(date)
  return ymd ? `${dayLabel(date)} ${ymd.d} ${MONTHS[ymd.m - 1] ?? ''}` : date
}

/** "Week of Monday 23 November 2026" */
export function weekTitle(monday: string): string {
  const ymd = parseIsoDate(monday)
  return `Week of ${dayTitle(monday)}${ymd ? ` ${ymd.y}` : ''}`
}
