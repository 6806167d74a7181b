/**
 * Intake and absorption metrics of rule base v1, §2. Everything goes through `eventBreakdown`,
 * so the charts and the planner's per-meal numbers always agree with `assessB12`.
 */
import { micrograms, percent, type Micrograms, type Percent } from '../units'
import { absorbedUnchecked, PASSIVE } from './absorption'
import type { EatingEvent } from './types'
import { validateEvents } from './validate'

/** Per-event numbers for ONE occurrence of the event (multiply by daysPerWeek for a week). */
export interface EventBreakdown {
  slot: string
  daysPerWeek: number
  /** µg of food + crystalline B12 in the event; not_counted items add 0. */
  intakeUg: Micrograms
  /** A(intakeUg): the model applies to the event total, not item by item. */
  absorbedUg: Micrograms
  /** µg of crystalline (fortified/supplement) B12 in the event. */
  crystallineUg: Micrograms
  /** A(crystallineUg): what is absorbed if food-bound release fails. */
  crystallineAbsorbedUg: Micrograms
  /** Number of items flagged not_counted (unreliable sources, counted as 0 µg). */
  notCountedItems: number
}

/**
 * Breaks eating events down per event (one occurrence each), in input order, with the same
 * A() as `absorbedFromEvent` (validated once here rather than per event). An event with no
 * items, or only not_counted items, gives zeros.
 * @throws B12InputError when daysPerWeek is outside 0..7 or an item's µg is negative/non-finite.
 */
export function eventBreakdown(events: readonly EatingEvent[]): EventBreakdown[] {
  validateEvents(events)
  return events.map((event) => {
    let intake = 0
    let crystalline = 0
    let notCounted = 0
    for (const item of event.items) {
      if (item.form === 'not_counted') notCounted += 1
      else intake += item.ug
      if (item.form === 'crystalline') crystalline += item.ug
    }
    return {
      slot: event.slot,
      daysPerWeek: event.daysPerWeek,
      intakeUg: micrograms(intake),
      absorbedUg: absorbedUnchecked(intake),
      crystallineUg: micrograms(crystalline),
      crystallineAbsorbedUg: absorbedUnchecked(crystalline),
      notCountedItems: notCounted,
    }
  })
}

export interface WeeklyTotals {
  /** Σ(µg × daysPerWeek)/7 over food + crystalline items. */
  intakeUgPerDay: Micrograms
  /** Σ(A(event) × daysPerWeek)/7 with intact intrinsic factor. */
  absorbedUgPerDay: Micrograms
  crystallineUgPerDay: Micrograms
  crystallineAbsorbedUgPerDay: Micrograms
  /** True when any event lists a not_counted item. */
  hasNotCounted: boolean
}

/**
 * Weekly pattern averaged per day: stores buffer day-to-day variation (IOM), so a weekly dose
 * counts as its absorbed amount divided by 7.
 */
export function weeklyTotals(breakdown: readonly EventBreakdown[]): WeeklyTotals {
  let intake = 0
  let absorbed = 0
  let crystalline = 0
  let crystallineAbsorbed = 0
  let hasNotCounted = false
  for (const e of breakdown) {
    intake += e.intakeUg * e.daysPerWeek
    absorbed += e.absorbedUg * e.daysPerWeek
    crystalline += e.crystallineUg * e.daysPerWeek
    crystallineAbsorbed += e.crystallineAbsorbedUg * e.daysPerWeek
    hasNotCounted ||= e.notCountedItems > 0
  }
  return {
    intakeUgPerDay: micrograms(intake / 7),
    absorbedUgPerDay: micrograms(absorbed / 7),
    crystallineUgPerDay: micrograms(crystalline / 7),
    crystallineAbsorbedUgPerDay: micrograms(crystallineAbsorbed / 7),
    hasNotCounted,
  }
}

/** The adequacy metrics of the contract; all null when adequacy is not applicable. */
export interface AdequacyMetrics {
  absorbedUgPerDay: Micrograms | null
  effectiveCoveragePct: Percent | null
  crystallineCoveragePct: Percent | null
  passiveRouteCoveragePct: Percent | null
  adequate: boolean | null
}

export const NOT_APPLICABLE: AdequacyMetrics = {
  absorbedUgPerDay: null,
  effectiveCoveragePct: null,
  crystallineCoveragePct: null,
  passiveRouteCoveragePct: null,
  adequate: null,
}

/**
 * Coverage metrics against the absorbed-equivalent target (µg/day, > 0). Passive-route
 * coverage = 100 × PASSIVE × crystalline intake/day ÷ target: what stays secure if the
 * intrinsic-factor route fails (IOM Table 9-2).
 */
export function adequacyMetrics(totals: WeeklyTotals, targetUg: number): AdequacyMetrics {
  const effective = (100 * totals.absorbedUgPerDay) / targetUg
  return {
    absorbedUgPerDay: totals.absorbedUgPerDay,
    effectiveCoveragePct: percent(effective),
    crystallineCoveragePct: percent((100 * totals.crystallineAbsorbedUgPerDay) / targetUg),
    passiveRouteCoveragePct: percent((100 * PASSIVE * totals.crystallineUgPerDay) / targetUg),
    adequate: effective >= 100,
  }
}
