/**
 * The one decision "most of this person's B12 should be crystalline" (fortified foods and
 * supplements rather than protein-bound food B12). Advice (chooseSuggestion) and the meal
 * generator both call it, so they cannot disagree about who needs it.
 *
 * Reference §5 rows "Age ≥ 51 …", "Age ≥ 51 with metformin, atrophic gastritis or long-term acid
 * suppression" and "< 51 with metformin, PPI/H2 blocker, colchicine, coeliac/Crohn's, atrophic
 * gastritis" (IOM; ODS; NICE; ADA; MHRA). Pernicious anaemia and the other IF-loss conditions are
 * deliberately absent: without intrinsic factor diet cannot correct B12, so those people are
 * clinician-managed (§5 "refer"), not a crystalline-diet case.
 */
import { LONG_TERM_ONLY_CLASSES, MIN_YEARS_ACID_SUPPRESSANT } from './codes'
import type { MedicationUse } from './types'

export const CRYSTALLINE_REASONS = [
  'AGE_51_PLUS',
  'METFORMIN',
  'ACID_REDUCER',
  'COLCHICINE',
  'ATROPHIC_GASTRITIS',
  'COELIAC_DISEASE',
  'CROHNS_DISEASE',
] as const
export type CrystallineReason = (typeof CRYSTALLINE_REASONS)[number]

/** Age from which food-bound B12 is absorbed less well in 10–30 % of people (IOM). */
export const CRYSTALLINE_AGE_YEARS = 51

export interface CrystallineProfile {
  ageYears: number
  medications: readonly MedicationUse[]
  conditions: readonly string[]
}

export interface CrystallineNeed {
  needed: boolean
  /** In the order of CRYSTALLINE_REASONS; empty when not needed. */
  reasons: CrystallineReason[]
}

/** True for classes that count only after a year of use (ppi, h2ra): ask the person for years. */
export function requiresYearsOfUse(medicationClass: string): boolean {
  return LONG_TERM_ONLY_CLASSES.includes(medicationClass)
}

/**
 * Whether a medicine counts for the rules. ppi and h2ra count with `years` >= 1 or with years
 * not given: most regular use is long-term (rule base v1.1, §6a.4); an explicit value under 1
 * does not count. Every other class counts as current regular use.
 */
export function medicationCounts(use: MedicationUse): boolean {
  if (!requiresYearsOfUse(use.class) || use.years === undefined) return true
  return use.years >= MIN_YEARS_ACID_SUPPRESSANT
}

const CONDITION_REASONS: readonly (readonly [string, CrystallineReason])[] = [
  ['atrophic_gastritis', 'ATROPHIC_GASTRITIS'],
  ['coeliac_disease', 'COELIAC_DISEASE'],
  ['crohns_disease', 'CROHNS_DISEASE'],
]

/** Every reason that applies, in a fixed order; `needed` when there is at least one. */
export function needsCrystallineB12(p: CrystallineProfile): CrystallineNeed {
  const classes = p.medications.filter(medicationCounts).map((m) => m.class)
  const found = new Set<CrystallineReason>()
  if (p.ageYears >= CRYSTALLINE_AGE_YEARS) found.add('AGE_51_PLUS')
  if (classes.includes('metformin')) found.add('METFORMIN')
  if (classes.some((c) => LONG_TERM_ONLY_CLASSES.includes(c))) found.add('ACID_REDUCER')
  if (classes.includes('colchicine')) found.add('COLCHICINE')
  for (const [condition, reason] of CONDITION_REASONS) {
    if (p.conditions.includes(condition)) found.add(reason)
  }
  const reasons = CRYSTALLINE_REASONS.filter((r) => found.has(r))
  return { needed: reasons.length > 0, reasons }
}
