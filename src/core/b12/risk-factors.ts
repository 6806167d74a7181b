/**
 * Risk factors of rule base v1.1 (§6 step 3 as amended by §6a): one table row → one small rule. Each factor carries
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
import { reaches } from './thresholds'
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

/** What the factors may read about intake (assess.ts builds it once). */
export interface FactorContext {
  /** Adequacy can be estimated: age ≥ 1 and no IF-loss condition (§6 step 2, §6a.1). */
  applicable: boolean
  /** The intake pattern is known (not null); [] is known (§6a.2). */
  intakeKnown: boolean
  /** Null-valued when not applicable or when intake is unknown. */
  metrics: AdequacyMetrics
}

const covers = (pct: number | null, threshold: number) => pct !== null && reaches(pct, threshold)

/**
 * Coverage-based diet factors (§6 step 3). Skipped when adequacy is not applicable (§6a.1) and
 * when intake is unknown (§6a.2). "High if vegan" is read literally: a lacto-ovo vegetarian
 * below 50 % is moderate.
 */
function intakeFactors(input: B12AssessmentInput, ctx: FactorContext): RiskFactor[] {
  const coverage = ctx.metrics.effectiveCoveragePct
  if (!ctx.applicable || !ctx.intakeKnown || coverage === null) return []
  const plantBased = isPlantBased(input.diet)
  if (reaches(coverage, 100)) {
    if (!plantBased) return []
    return [
      factor(input.diet === 'vegan' ? 'DIET_VEGAN_COVERED' : 'DIET_VEGETARIAN_COVERED', 'low'),
    ]
  }
  if (reaches(coverage, 50)) return [factor('INTAKE_BELOW_TARGET', plantBased ? 'moderate' : 'low')]
  return input.diet === 'vegan'
    ? [factor('INTAKE_VERY_LOW', 'high', 'discuss_testing')]
    : [factor('INTAKE_VERY_LOW', 'moderate')]
}

/**
 * Factors whose level depends on a coverage. They are coverage-based too, so they are skipped
 * with IF loss or under 1 year (§6a.1: "taken up more easily" is wrong without intrinsic
 * factor). With unknown intake they take their cautious known-nothing level (§6a.2).
 */
function lifeStageFactors(input: B12AssessmentInput, ctx: FactorContext): RiskFactor[] {
  if (!ctx.applicable) return []
  const out: RiskFactor[] = []
  if (input.ageYears >= 51) {
    // "mainly" from crystalline B12 (IOM) is read as at least half of the target (§9 Policy).
    const mainly = covers(ctx.metrics.crystallineCoveragePct, 50)
    out.push(factor('AGE_51_PLUS', ctx.intakeKnown && mainly ? 'low' : 'moderate'))
  }
  if ((input.pregnant || input.lactating) && isPlantBased(input.diet)) {
    if (!ctx.intakeKnown) out.push(factor('PREG_LACT_PLANT_BASED', 'moderate', 'discuss_testing'))
    else if (covers(ctx.metrics.effectiveCoveragePct, 100))
      out.push(factor('PREG_LACT_PLANT_BASED', 'low'))
    else out.push(factor('PREG_LACT_PLANT_BASED', 'high', 'discuss_testing'))
  }
  if (!ctx.intakeKnown && isPlantBased(input.diet)) {
    // VS: only fortified foods and supplements are reliable; with no known source, securing one
    // is the safe advice. Pescatarians are not plant-based here (codes.ts).
    out.push(factor('INTAKE_UNKNOWN_PLANT_BASED', input.diet === 'vegan' ? 'moderate' : 'low'))
  }
  return out
}

function medicationFactors(input: B12AssessmentInput, ctx: FactorContext): RiskFactor[] {
  const classes = activeMedicationClasses(input)
  const out: RiskFactor[] = []
  if (classes.includes('metformin'))
    out.push(factor('MED_METFORMIN', 'moderate', 'discuss_testing'))
  if (hasAny(classes, LONG_TERM_ONLY_CLASSES)) {
    // Not applicable and unknown coverages both read as "not secured" (§6 table, §6a.2).
    out.push(
      covers(ctx.metrics.crystallineCoveragePct, 100)
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
  return out
}

/**
 * Babies (§6 table; §6a.3). A plant-based baby whose mother's B12 is not known to be missing
 * still needs a plan for B12 (fortified formula or a supplement the clinician advises): ODS,
 * CDC, VS. The infant-of-vegan-mother factor is the stronger one and replaces it.
 */
function infantFactors(input: B12AssessmentInput): RiskFactor[] {
  if (input.ageYears >= 1) return []
  if (input.breastfedByUnsupplementedVeganMother === true) {
    return [factor('INFANT_OF_VEGAN_MOTHER', 'high', 'see_clinician')]
  }
  return isPlantBased(input.diet) ? [factor('INFANT_PLANT_BASED', 'moderate', 'see_clinician')] : []
}

/**
 * All risk factors that apply, at most one per code (several medicines of one class, or coeliac
 * plus Crohn's, give one factor).
 */
export function riskFactors(input: B12AssessmentInput, ctx: FactorContext): RiskFactor[] {
  return [
    ...intakeFactors(input, ctx),
    ...lifeStageFactors(input, ctx),
    ...medicationFactors(input, ctx),
    ...conditionFactors(input),
    ...symptomFactors(input),
    ...infantFactors(input),
  ]
}
