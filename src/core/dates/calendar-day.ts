/**
 * Calendar days as the app stores them: local days written YYYY-MM-DD, with no time and no time
 * zone. Arithmetic counts whole days from 1970-01-01 with the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil), so nothing here depends on a `Date`, a clock or the machine's
 * time zone, and years 0000–0099 are not read as 1900–1999 as `Date.UTC` would.
 */

/** A calendar day as numbers: year, month 1–12, day 1–31. */
export interface Ymd {
  y: number
  m: number
  d: number
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

/** Parses a strict YYYY-MM-DD calendar date; null if it is not a real date (2026-02-30). */
export function parseIsoDate(value: string): Ymd | null {
  const match = ISO_DAY.exec(value)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return { y, m, d }
}

/** True for a real calendar day written YYYY-MM-DD. */
export const isIsoDate = (value: string): boolean => parseIsoDate(value) !== null

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** YYYY-MM-DD; RangeError outside the years 0000–9999 the format can hold. */
export function formatIsoDate({ y, m, d }: Ymd): string {
  if (!Number.isInteger(y) || y < 0 || y > 9999) throw new RangeError(`Year out of range: ${y}`)
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

/** Whole days since 1970-01-01 (negative before it). */
export function toDayNumber({ y, m, d }: Ymd): number {
  const year = m <= 2 ? y - 1 : y
  const era = Math.floor(year / 400)
  const yearOfEra = year - era * 400
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1 // from 1 March
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The calendar day `dayNumber` days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): Ymd {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const m = mp < 10 ? mp + 3 : mp - 9
  return {
    y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0),
    m,
    d: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  }
}

/** The day number of a YYYY-MM-DD date; RangeError if it is not a real calendar day. */
export function dayNumberOf(date: string): number {
  const ymd = parseIsoDate(date)
  if (!ymd) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${date}`)
  return toDayNumber(ymd)
}
