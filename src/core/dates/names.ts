/** English day and month names (the app's only language), Monday first like the plan's weeks. */
import { weekdayIndex } from './arithmetic'
import { isIsoDate } from './calendar-day'

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const
export type WeekdayName = (typeof WEEKDAY_NAMES)[number]

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** "Monday" for a YYYY-MM-DD date; a malformed date is shown as it was written. */
export function weekdayName(date: string): string {
  return isIsoDate(date) ? WEEKDAY_NAMES[weekdayIndex(date)] : date
}

/** "November" for month 11 (1–12); '' outside 1–12. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? ''
}
