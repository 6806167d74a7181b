/**
 * Range checks for the assessment input. Bad numbers are bugs in the caller (a form that let
 * "-3" or NaN through), so they throw one typed error the UI can point at a field with.
 */
import type { B12AssessmentInput, EatingEvent } from './types'

/**
 * Thrown for input outside the contract's ranges. `field` is the leaf field name as in the
 * contract (`ageYears`, `ug`, `daysPerWeek`, `years`, `folicAcidUgPerDay`); `path` locates it
 * (`intakePattern[2].items[0].ug`). The message names both and the allowed range.
 */
export class B12InputError extends Error {
  readonly field: string
  readonly path: string

  constructor(field: string, path: string, allowed: string, value: unknown) {
    super(`${path} must be ${allowed} (got ${String(value)})`)
    this.name = 'B12InputError'
    this.field = field
    this.path = path
  }
}

interface Range {
  min: number
  max: number
  /** Unit shown after the range in the message ("years", "µg"). */
  unit: string
}

const NON_NEGATIVE_UG: Range = { min: 0, max: Number.POSITIVE_INFINITY, unit: 'µg' }

const inRange = (value: unknown, { min, max }: Range): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max

/**
 * Throws for a value outside `range`. The path is built by the caller only when this fails, so
 * validating a year of planned meals allocates no strings.
 */
function fail(value: unknown, field: string, path: string, range: Range): never {
  const { min, max, unit } = range
  const allowed =
    max === Number.POSITIVE_INFINITY
      ? `a finite number >= ${min} ${unit}`
      : `a finite number from ${min} to ${max} ${unit}`
  throw new B12InputError(field, path, allowed, value)
}

function checkRange(value: unknown, field: string, path: string, range: Range): void {
  if (!inRange(value, range)) fail(value, field, path, range)
}

const DAYS_PER_WEEK: Range = { min: 0, max: 7, unit: 'days per week' }

/**
 * Checks a µg amount of one event (µg of B12, finite, >= 0).
 * @throws B12InputError with field `ug`.
 */
export function checkMicrograms(ug: number): void {
  if (!inRange(ug, NON_NEGATIVE_UG)) fail(ug, 'ug', 'ug', NON_NEGATIVE_UG)
}

/**
 * Checks eating events: daysPerWeek within 0..7 and every item's µg finite and >= 0.
 * @throws B12InputError with field `daysPerWeek` or `ug`.
 */
export function validateEvents(events: readonly EatingEvent[]): void {
  for (const [e, event] of events.entries()) {
    if (!inRange(event.daysPerWeek, DAYS_PER_WEEK)) {
      fail(event.daysPerWeek, 'daysPerWeek', `intakePattern[${e}].daysPerWeek`, DAYS_PER_WEEK)
    }
    for (const [i, { ug }] of event.items.entries()) {
      if (!inRange(ug, NON_NEGATIVE_UG)) {
        fail(ug, 'ug', `intakePattern[${e}].items[${i}].ug`, NON_NEGATIVE_UG)
      }
    }
  }
}

/**
 * Checks every numeric field of the input against the contract's ranges: ageYears 0..120,
 * folicAcidUgPerDay >= 0, medications[].years >= 0 when given, and the eating events when
 * intake is known (a null pattern has nothing to check).
 * @throws B12InputError naming the first bad field.
 */
export function validateInput(input: B12AssessmentInput): void {
  checkRange(input.ageYears, 'ageYears', 'ageYears', { min: 0, max: 120, unit: 'years' })
  checkRange(input.folicAcidUgPerDay, 'folicAcidUgPerDay', 'folicAcidUgPerDay', {
    ...NON_NEGATIVE_UG,
    unit: 'µg/day',
  })
  input.medications.forEach((med, m) => {
    if (med.years !== undefined) {
      checkRange(med.years, 'years', `medications[${m}].years`, {
        ...NON_NEGATIVE_UG,
        unit: 'years',
      })
    }
  })
  if (input.intakePattern !== null) validateEvents(input.intakePattern)
}
