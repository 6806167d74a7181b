/**
 * The week day by day: B12 eaten per source and the absorbed estimate, from the same eating
 * events and the same A() that `assessB12` uses, so the mean of the days equals the assessment.
 */
import { eventBreakdown, type B12Assessment } from '../b12'
import { WEEKDAY_NAMES } from '../dates'
import type { WeekEvent } from '../profiles/week-event'
import { axisTop, clampStack, topSegment } from './clamp'
import { B12_SOURCES, splitBySource, type B12Source } from './sources'

export interface DayCoverage {
  date: string
  /** Monday = 0 … Sunday = 6. */
  dayIndex: number
  dayName: string
  /** "Mon" for the axis. */
  shortName: string
  animalUg: number
  fortifiedUg: number
  supplementUg: number
  /** animal + fortified + supplement, µg eaten that day. */
  intakeUg: number
  /** Σ A(event) that day, µg; null when absorption is not estimated (see the assessment). */
  absorbedUg: number | null
  /** Meals (events) of the day that hold some counted B12, in meal order. */
  mealsWithB12: string[]
  /** Meals of the day with any planned item at all. */
  mealsPlanned: string[]
  /** The largest single meal's share of the day's µg, 0–1 (0 when nothing is eaten). */
  largestMealShare: number
  /** Below the absorbed target, or below the RDA when absorption is not estimated. */
  short: boolean
  /** Drawn bar heights under the axis top (see clampStack); labels use the true values. */
  shown: { animalUg: number; fortifiedUg: number; supplementUg: number; absorbedUg: number }
  /** The top drawn segment of the eaten stack (where its total is labelled); null when nothing is eaten. */
  topSource: B12Source | null
}

export interface WeekCoverage {
  days: DayCoverage[]
  rdaUg: number
  targetUg: number
  /** Null when the assessment was made on unknown intake (rule base v1.1 §6a.2). */
  intakeUgPerDay: number | null
  absorbedUgPerDay: number | null
  effectiveCoveragePct: number | null
  adequate: boolean | null
  /** False when the assessment gives no absorbed estimate (infant, intrinsic-factor loss). */
  absorbedEstimated: boolean
  /** True when the week holds any eating event at all. */
  planned: boolean
  /** The y-axis top of the daily chart, µg. */
  axisTopUg: number
}

interface DayTotals {
  split: { animal: number; fortified: number; supplement: number }
  absorbed: number
  meals: string[]
  planned: string[]
  largest: number
}

function emptyDay(): DayTotals {
  return { split: { animal: 0, fortified: 0, supplement: 0 }, absorbed: 0, meals: [], planned: [], largest: 0 }
}

/**
 * Per-day coverage for a week's events and their assessment. `dates` are Monday…Sunday.
 * Events of a day count on that day (× daysPerWeek); events with no day (a usual week) are
 * spread evenly (daysPerWeek / 7 on each day), which keeps the mean of the days equal to the
 * assessment's per-day figures.
 */
export function dailyCoverage(events: readonly WeekEvent[], dates: readonly string[], assessment: B12Assessment): WeekCoverage {
  const days = Array.from({ length: 7 }, emptyDay)
  const breakdown = eventBreakdown(events)
  events.forEach((event, i) => {
    const meal = event.slot
    const split = splitBySource(event)
    const own = event.dayIndex === null ? undefined : days[event.dayIndex]
    const targets = own ? [{ day: own, weight: event.daysPerWeek }] : days.map((day) => ({ day, weight: event.daysPerWeek / 7 }))
    const intake = breakdown[i]?.intakeUg ?? 0
    const absorbed = breakdown[i]?.absorbedUg ?? 0
    for (const { day, weight } of targets) {
      day.split.animal += split.animal * weight
      day.split.fortified += split.fortified * weight
      day.split.supplement += split.supplement * weight
      day.absorbed += absorbed * weight
      day.largest = Math.max(day.largest, intake * weight)
      if (!day.planned.includes(meal)) day.planned.push(meal)
      if (intake > 0 && !day.meals.includes(meal)) day.meals.push(meal)
    }
  })
  const estimated = assessment.absorbedUgPerDay !== null
  const intakes = days.map((d) => d.split.animal + d.split.fortified + d.split.supplement)
  const top = axisTop([...intakes, ...days.map((d) => d.absorbed)], assessment.rdaUg)
  return {
    days: days.map((d, index) => toDay(d, index, dates[index] ?? '', intakes[index] ?? 0, estimated, assessment, top)),
    rdaUg: assessment.rdaUg,
    targetUg: assessment.targetAbsorbedUgPerDay,
    intakeUgPerDay: assessment.intakeUgPerDay,
    absorbedUgPerDay: assessment.absorbedUgPerDay,
    effectiveCoveragePct: assessment.effectiveCoveragePct,
    adequate: assessment.adequate,
    absorbedEstimated: estimated,
    planned: events.length > 0,
    axisTopUg: top,
  }
}

function toDay(d: DayTotals, index: number, date: string, intake: number, estimated: boolean, assessment: B12Assessment, top: number): DayCoverage {
  const name = WEEKDAY_NAMES[index] ?? ''
  const absorbed = estimated ? d.absorbed : null
  const [animal = 0, fortified = 0, supplement = 0] = clampStack([d.split.animal, d.split.fortified, d.split.supplement], top)
  return {
    date,
    dayIndex: index,
    dayName: name,
    shortName: name.slice(0, 3),
    animalUg: d.split.animal,
    fortifiedUg: d.split.fortified,
    supplementUg: d.split.supplement,
    intakeUg: intake,
    absorbedUg: absorbed,
    mealsWithB12: d.meals,
    mealsPlanned: d.planned,
    largestMealShare: intake > 0 ? d.largest / intake : 0,
    short: absorbed !== null ? absorbed < assessment.targetAbsorbedUgPerDay - 1e-9 : intake < assessment.rdaUg - 1e-9,
    shown: { animalUg: animal, fortifiedUg: fortified, supplementUg: supplement, absorbedUg: Math.min(absorbed ?? 0, top) },
    topSource: topSegment(B12_SOURCES, { animal, fortified, supplement }),
  }
}
