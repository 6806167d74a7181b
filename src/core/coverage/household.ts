/**
 * This week person by person: each one's absorbed estimate as a share of their own target, so
 * people with different needs compare fairly.
 */
import type { B12Assessment } from '../b12'
import { niceCeil } from './clamp'
import { formatPct, joinWords } from './format'

export interface PersonWeek {
  name: string
  assessment: B12Assessment
  /**
   * False when what the person eats is not known: nothing planned this week and no usual week
   * described (rule base v1.1 §6a.2). The figures then say nothing, not zero.
   */
  planned: boolean
}

export interface PersonCoverage {
  name: string
  /** Absorbed ÷ absorbed target, %; null when not estimated or nothing is planned. */
  effectivePct: number | null
  /** Eaten ÷ RDA, %; null under 1 year or when nothing is planned. */
  intakePct: number | null
  adequate: boolean | null
  planned: boolean
  /** The bar as drawn, cut at the axis top (0 when there is no value). */
  shownPct: number
}

export interface HouseholdCoverage {
  people: PersonCoverage[]
  axisTopPct: number
}

/** One row per person, in the order given; the axis stops at 400 %. */
export function householdComparison(people: readonly PersonWeek[]): HouseholdCoverage {
  const values = people.map((p): number | null => (p.planned ? p.assessment.effectiveCoveragePct : null))
  const top = Math.min(400, niceCeil(Math.max(125, ...values.filter((v): v is number => v !== null))))
  return {
    axisTopPct: top,
    people: people.map((p, i) => ({
      name: p.name,
      effectivePct: values[i] ?? null,
      intakePct: p.planned ? p.assessment.intakeCoveragePct : null,
      adequate: p.planned ? p.assessment.adequate : null,
      planned: p.planned,
      shownPct: Math.min(values[i] ?? 0, top),
    })),
  }
}

/**
 * e.g. "Rosa and Sam get enough this week; Ada falls short at 82 %; what Ben eats is not known
 * yet." A person with no known intake is never described as having nothing (§6a.2).
 */
export function householdSummary(household: HouseholdCoverage): string {
  const enough = household.people.filter((p) => p.planned && p.adequate === true)
  const short = household.people.filter((p) => p.planned && p.adequate === false)
  const unknown = household.people.filter((p) => p.planned && p.adequate === null)
  const unplanned = household.people.filter((p) => !p.planned)
  const parts: string[] = []
  if (enough.length > 0) parts.push(`${joinWords(enough.map((p) => p.name))} ${enough.length === 1 ? 'gets' : 'get'} enough this week`)
  if (short.length > 0) {
    parts.push(`${joinWords(short.map((p) => `${p.name} (${formatPct(p.effectivePct)})`))} ${short.length === 1 ? 'falls' : 'fall'} short`)
  }
  if (unknown.length > 0) parts.push(`absorption is not estimated for ${joinWords(unknown.map((p) => p.name))}`)
  if (unplanned.length > 0) {
    parts.push(`what ${joinWords(unplanned.map((p) => p.name))} ${unplanned.length === 1 ? 'eats is' : 'eat is'} not known yet`)
  }
  const sentence = parts.join('; ')
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
}
