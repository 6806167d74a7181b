/**
 * Plain-language formatting for the coverage charts: µg with sensible precision, whole percents,
 * lists joined the way people say them, and dates as words. Display only: the helpers that
 * compute values never round.
 */
import { parseIsoDate } from '../profiles/age'

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const

/** µg for people: one decimal under 10 µg ("2.4 µg"), whole numbers above ("1000 µg"). */
export function formatUg(ug: number): string {
  const rounded = ug < 9.95 ? ug.toFixed(1) : String(Math.round(ug))
  return `${rounded} µg`
}

/** A whole percentage ("117 %"); "not estimated" for null. */
export function formatPct(pct: number | null): string {
  return pct === null ? 'not estimated' : `${Math.round(pct)} %`
}

/** "Tuesday", "Tuesday and Saturday", "Monday, Tuesday and Saturday". */
export function joinWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
}

/** "16 November" (or "16 November 2026" with the year) from YYYY-MM-DD. */
export function formatDay(date: string, withYear = false): string {
  const ymd = parseIsoDate(date)
  if (!ymd) return date
  return `${ymd.d} ${MONTHS[ymd.m - 1]}${withYear ? ` ${ymd.y}` : ''}`
}

/** "16 Nov": the short label of a week on an axis. */
export function formatShortDay(date: string): string {
  const ymd = parseIsoDate(date)
  if (!ymd) return date
  return `${ymd.d} ${(MONTHS[ymd.m - 1] ?? '').slice(0, 3)}`
}

/** "16–22 November 2026", or "30 November – 6 December 2026" across months. */
export function formatWeekRange(monday: string, sunday: string): string {
  const a = parseIsoDate(monday)
  const b = parseIsoDate(sunday)
  if (!a || !b) return `${monday} – ${sunday}`
  if (a.m === b.m && a.y === b.y) return `${a.d}–${b.d} ${MONTHS[b.m - 1]} ${b.y}`
  return `${formatDay(monday, a.y !== b.y)} – ${formatDay(sunday, true)}`
}

/** Capitalises the first letter: "breakfast" → "Breakfast". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
