import { parseIsoDate } from '../dates'

/**
 * Age in completed years on a given day, from a date of birth (both YYYY-MM-DD). For infants the
 * result is fractional (months / 12), as the B12 core expects (0.33 = 4 months).
 * Returns null for a malformed date or a birth date after `on`.
 */
export function ageOn(birthDate: string, on: string): number | null {
  const birth = parseIsoDate(birthDate)
  const day = parseIsoDate(on)
  if (!birth || !day) return null
  let months = (day.y - birth.y) * 12 + (day.m - birth.m)
  if (day.d < birth.d) months -= 1
  if (months < 0) return null
  return months < 12 ? months / 12 : Math.floor(months / 12)
}
