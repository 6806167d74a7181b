/**
 * B12 requirements by life stage (rule base v1, §1; IOM ch. 9 and ODS Table 1), and the folic
 * acid upper limits used by the FOLIC_ACID_ABOVE_UL factor (§4, IOM).
 */
import { micrograms, type Micrograms } from '../units'

export type LifeStage =
  | 'infant_0_6_months'
  | 'infant_7_12_months'
  | 'child_1_3'
  | 'child_4_8'
  | 'child_9_13'
  | 'teen_14_18'
  | 'adult_19_50'
  | 'adult_51_plus'
  | 'pregnancy'
  | 'lactation'

export interface B12Requirement {
  lifeStage: LifeStage
  /** RDA, or AI for infants, µg/day. */
  rdaUg: Micrograms
  rdaType: 'RDA' | 'AI'
  /** EAR, µg/day; null for infants (IOM sets only an AI). */
  earUg: Micrograms | null
  /** Absorbed-equivalent target = 0.5 × RDA (Policy: the RDA already assumes 50 % absorption). */
  targetAbsorbedUgPerDay: Micrograms
}

export interface RequirementProfile {
  ageYears: number
  pregnant: boolean
  lactating: boolean
}

const TABLE: Record<LifeStage, { rda: number; ear: number | null }> = {
  infant_0_6_months: { rda: 0.4, ear: null },
  infant_7_12_months: { rda: 0.5, ear: null },
  child_1_3: { rda: 0.9, ear: 0.7 },
  child_4_8: { rda: 1.2, ear: 1.0 },
  child_9_13: { rda: 1.8, ear: 1.5 },
  teen_14_18: { rda: 2.4, ear: 2.0 },
  adult_19_50: { rda: 2.4, ear: 2.0 },
  adult_51_plus: { rda: 2.4, ear: 2.0 },
  pregnancy: { rda: 2.6, ear: 2.2 },
  lactation: { rda: 2.8, ear: 2.4 },
}

/**
 * Life stage by age alone. Bands use completed years (13.9 → 9–13 y; 14 → 14–18 y; 50.9 →
 * 19–50 y; "51+" means older than 50).
 * Infants: IOM's groups "0–6 months" and "7–12 months" are the first and second halves of the
 * first year (the 7th month of life begins on the 6-month birthday), so the AI switches from
 * 0.4 to 0.5 µg at exactly ageYears = 0.5.
 */
function stageByAge(ageYears: number): LifeStage {
  if (ageYears < 0.5) return 'infant_0_6_months'
  if (ageYears < 1) return 'infant_7_12_months'
  const years = Math.floor(ageYears)
  if (years <= 3) return 'child_1_3'
  if (years <= 8) return 'child_4_8'
  if (years <= 13) return 'child_9_13'
  if (years <= 18) return 'teen_14_18'
  if (years <= 50) return 'adult_19_50'
  return 'adult_51_plus'
}

/**
 * The B12 requirement for a person (µg/day). Lactation outranks pregnancy. The pregnancy and
 * lactation values are defined only for 14–50 completed years (§1), so outside that range the
 * age band applies: under 14 the child's band (the table has no other figure for them), over 50
 * the adult 2.4 µg. Age is assumed already validated (0..120).
 */
export function requirementFor(profile: RequirementProfile): B12Requirement {
  const byAge = stageByAge(profile.ageYears)
  const reproductive = byAge === 'teen_14_18' || byAge === 'adult_19_50'
  let lifeStage = byAge
  if (reproductive && profile.lactating) lifeStage = 'lactation'
  else if (reproductive && profile.pregnant) lifeStage = 'pregnancy'
  const row = TABLE[lifeStage]
  return {
    lifeStage,
    rdaUg: micrograms(row.rda),
    rdaType: profile.ageYears < 1 ? 'AI' : 'RDA',
    earUg: row.ear === null ? null : micrograms(row.ear),
    targetAbsorbedUgPerDay: micrograms(0.5 * row.rda),
  }
}

/**
 * Tolerable upper intake level for synthetic folic acid, µg/day, by completed years (IOM):
 * 300 (1–3 y), 400 (4–8), 600 (9–13), 800 (14–18), 1000 (≥ 19).
 * IOM sets no UL under 1 year; the lowest listed limit (300 µg) is applied there, because an
 * infant taking more synthetic folic acid than a toddler's limit is at least as exposed to the
 * masking the rule guards against, while folic acid from infant formula stays far below it.
 */
export function folicAcidUpperLimitUg(ageYears: number): Micrograms {
  const years = Math.floor(ageYears)
  if (years <= 3) return micrograms(300)
  if (years <= 8) return micrograms(400)
  if (years <= 13) return micrograms(600)
  if (years <= 18) return micrograms(800)
  return micrograms(1000)
}
