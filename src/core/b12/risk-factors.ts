/**
 * Risk factors of rule base v1, §6 step 3: one table row → one small rule. Each factor carries
 * its own level and clinician action; aggregation happens in aggregate.ts.
 */
import {
  AUTOIMMUNE_GASTRITIS_CONDITIONS,
  GI_DISEASE_CONDITIONS,
  GI_SURGERY_CONDITIONS,
  isPlantBased,
  LONG_TERM_ONLY_CLASSES,
  NICE_OTHER_CLASSES,
  OTHER_AUTOIMMUNE_CONDITIONS,
  OTHER_SYMPTOMS,
  URGENT_SYMPTOMS,
} from './codes'
import { medicationCounts } from './crystalline'
import type { AdequacyMetrics } from './metrics'
import { folicAcidUpperLimitUg } from './requirements'
import type { B12AssessmentInput, ClinicianAction, RiskLevel, RiskReasonCode } from './types'

export type FactorLevel = Exclude<RiskLevel, 'none'>

export interface RiskFactor {
  code: RiskReasonCode
  level: FactorLevel
  action: ClinicianAction
}

const factor = (code: RiskReasonCode, level: FactorLevel, action: ClinicianAction = 'none') => ({
  code,
  level,
  action,
})

const hasAny = (codes: readonly string[], wanted: readonly string[]) =>
  codes.some((code) => wanted.includes(code))

function activeMedicationClasses(input: B12AssessmentInput): string[] {
  return input.medications.filter(medicationCounts).map((med) => med.class)
}

/**
 * Coverage-based diet factors. Skipped when coverage is null (adequacy not applicable, §6
 * step 2). "High if vegan" is read literally: a lacto-ovo vegetarian below 50 % is moderate.
 */
function intakeFactors(input: B12AssessmentInput, coverage: number | null): RiskFactor[] {
  if (coverage === null) return []
  const plantBased = isPlantBased(input.diet)
  if (coverage >= 100) {
    if (!plantBased) return []
    return [
      factor(input.diet === 'vegan' ? 'DIET_VEGAN_COVERED' : 'DIET_VEGETARIAN_COVERED', 'low'),
    ]
  }
  if (coverage >= 50) return [factor('INTAKE_BELOW_TARGET', plantBased ? 'moderate' : 'low')]
  return input.diet === 'vegan'
    ? [factor('INTAKE_VERY_LOW', 'high', 'discuss_testing')]
    : [factor('INTAKE_VERY_LOW', 'moderate')]
}

/**
 * Factors whose trigger is not a coverage but whose level depends on one. When the coverage is
 * not applicable they take their cautious level, as the table states for MED_ACID_SUPPRESSANT
 * ("or not applicable"); the same reading is applied to AGE_51_PLUS and PREG_LACT_PLANT_BASED.
 */
function lifeStageFactors(input: B12AssessmentInput, metrics: AdequacyMetrics): RiskFactor[] {
  const out: RiskFactor[] = []
  const crystalline = metrics.crystallineCoveragePct
  if (input.ageYears >= 51) {
    // "mainly" from crystalline B12 (IOM) is read as at least half of the target (§9 Policy).
    out.push(factor('AGE_51_PLUS', crystalline !== null && crystalline >= 50 ? 'low' : 'moderate'))
  }
  if ((input.pregnant || input.lactating) && isPlantBased(input.diet)) {
    const covered = metrics.effectiveCoveragePct !== null && metrics.effectiveCoveragePct >= 100
    out.push(
      covered
        ? factor('PREG_LACT_PLANT_BASED', 'low')
        : factor('PREG_LACT_PLANT_BASED', 'high', 'discuss_testing'),
    )
  }
  return out
}

function medicationFactors(input: B12AssessmentInput, metrics: AdequacyMetrics): RiskFactor[] {
  const classes = activeMedicationClasses(input)
  const out: RiskFactor[] = []
  if (classes.includes('metformin'))
    out.push(factor('MED_METFORMIN', 'moderate', 'discuss_testing'))
  if (hasAny(classes, LONG_TERM_ONLY_CLASSES)) {
    const secured = metrics.crystallineCoveragePct !== null && metrics.crystallineCoveragePct >= 100
    out.push(
      secured
        ? factor('MED_ACID_SUPPRESSANT', 'low')
        : factor('MED_ACID_SUPPRESSANT', 'moderate', 'discuss_testing'),
    )
  }
  if (classes.includes('colchicine'))
    out.push(factor('MED_COLCHICINE', 'moderate', 'discuss_testing'))
  if (hasAny(classes, NICE_OTHER_CLASSES)) out.push(factor('MED_NICE_OTHER', 'low'))
  if (classes.includes('chloramphenicol')) out.push(factor('MED_CHLORAMPHENICOL', 'low'))
  if (classes.includes('nitrous_oxide_recreational')) {
    out.push(factor('NITROUS_OXIDE', 'high', 'see_clinician'))
  }
  if (input.folicAcidUgPerDay > folicAcidUpperLimitUg(input.ageYears)) {
    out.push(factor('FOLIC_ACID_ABOVE_UL', 'moderate', 'discuss_testing'))
  }
  return out
}

function conditionFactors(input: B12AssessmentInput): RiskFactor[] {
  const c = input.conditions
  const out: RiskFactor[] = []
  if (hasAny(c, AUTOIMMUNE_GASTRITIS_CONDITIONS)) {
    out.push(factor('COND_AUTOIMMUNE_GASTRITIS', 'high', 'see_clinician'))
  }
  if (hasAny(c, GI_SURGERY_CONDITIONS)) out.push(factor('COND_GI_SURGERY', 'high', 'see_clinician'))
  if (c.includes('atrophic_gastritis')) {
    out.push(factor('COND_ATROPHIC_GASTRITIS', 'moderate', 'discuss_testing'))
  }
  if (hasAny(c, GI_DISEASE_CONDITIONS))
    out.push(factor('COND_GI_DISEASE', 'moderate', 'discuss_testing'))
  if (hasAny(c, OTHER_AUTOIMMUNE_CONDITIONS)) out.push(factor('COND_OTHER_AUTOIMMUNE', 'low'))
  if (c.includes('lhon')) out.push(factor('COND_LHON', 'moderate', 'see_clinician'))
  if (c.includes('cobalt_or_b12_hypersensitivity')) {
    out.push(factor('COND_HYPERSENSITIVITY', 'moderate', 'see_clinician'))
  }
  return out
}

function symptomFactors(input: B12AssessmentInput): RiskFactor[] {
  const out: RiskFactor[] = []
  if (hasAny(input.symptoms, URGENT_SYMPTOMS)) {
    out.push(factor('SYMPTOMS_URGENT', 'high', 'urgent_same_day'))
  }
  if (hasAny(input.symptoms, OTHER_SYMPTOMS)) out.push(factor('SYMPTOMS', 'high', 'see_clinician'))
  if (input.ageYears < 1 && input.breastfedByUnsupplementedVeganMother === true) {
    out.push(factor('INFANT_OF_VEGAN_MOTHER', 'high', 'see_clinician'))
  }
  return out
}

/**
 * All risk factors that apply, at most one per code (several medicines of one class, or coeliac
 * plus Crohn's, give one factor). `metrics` are null-valued when adequacy is not applicable.
 */
export function riskFactors(input: B12AssessmentInput, metrics: AdequacyMetrics): RiskFactor[] {
  return [
    ...intakeFactors(input, metrics.effectiveCoveragePct),
    ...lifeStageFactors(input, metrics),
    ...medicationFactors(input, metrics),
    ...conditionFactors(input),
    ...symptomFactors(input),
  ]
}
