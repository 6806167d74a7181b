/**
 * The acid-reducer question "For how long?", kept as the person's answer rather than a number
 * of years: a person can say "not sure", and "not sure" must not turn into zero. The B12 core
 * wants years (contract `MedicationUse.years`), so `yearsOfUse` translates at that one border.
 */
import { requiresYearsOfUse } from '../b12'
import { readNumber } from '../units'

export const MEDICATION_DURATIONS = ['under_1', '1_to_2', 'over_2', 'unknown'] as const
export type MedicationDuration = (typeof MEDICATION_DURATIONS)[number]

/** The choices as the form and the summaries say them. */
export const MEDICATION_DURATION_LABELS: Readonly<Record<MedicationDuration, string>> = {
  under_1: 'Under 1 year',
  '1_to_2': '1–2 years',
  over_2: 'Over 2 years',
  unknown: 'Not sure',
}

/**
 * The contract's years for an answer, or undefined for "not sure". Each value sits inside its
 * band, so the core's "≥ 1 year counts" rule reads the band as the person meant it; undefined
 * counts as long-term, as most regular use is (reference §6a.4).
 */
export function yearsOfUse(duration: MedicationDuration): number | undefined {
  switch (duration) {
    case 'under_1':
      return 0.5
    case '1_to_2':
      return 1.5
    case 'over_2':
      return 2
    case 'unknown':
      return undefined
  }
}

/** The band a number of years falls in (rows saved before the question had choices). */
export function durationFromYears(years: number): MedicationDuration {
  if (years < 1) return 'under_1'
  return years < 2 ? '1_to_2' : 'over_2'
}

const isDuration = (value: unknown): value is MedicationDuration =>
  MEDICATION_DURATIONS.includes(value as MedicationDuration)

/**
 * The duration of a stored or typed medicine of `medicationClass`: null unless the class is an
 * acid reducer (the only classes whose rule depends on duration). Reads `duration`, else the
 * `years` that older rows held (0–`maxYears`, a decimal comma allowed). Anything missing or
 * damaged is "not sure": nothing loaded is trusted, and a lost answer must not become "under a
 * year", which would silently drop the factor.
 */
export function readMedicationDuration(
  item: Readonly<Record<string, unknown>>,
  medicationClass: string,
  maxYears: number,
): MedicationDuration | null {
  if (!requiresYearsOfUse(medicationClass)) return null
  if (isDuration(item['duration'])) return item['duration']
  const years = readNumber(item['years'])
  if (!years.ok || years.value < 0 || years.value > maxYears) return 'unknown'
  return durationFromYears(years.value)
}

/**
 * "for 1–2 years", for sentences in the summaries; null when there is nothing to say ("not
 * sure", or a class without the question).
 */
export function durationPhrase(duration: MedicationDuration | null): string | null {
  if (duration === null || duration === 'unknown') return null
  return `for ${MEDICATION_DURATION_LABELS[duration].toLowerCase()}`
}
