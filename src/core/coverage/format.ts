/**
 * Plain-language formatting for the coverage charts: µg with sensible precision, whole percents,
 * lists joined the way people say them, and dates as words. Display only: the helpers that
 * compute values never round.
 */
export { formatDay, formatShortDay, formatWeekRange } from '../dates'

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

/** Capitalises the first letter: "breakfast" → "Breakfast". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
