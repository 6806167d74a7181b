/**
 * Aggregation of risk factors (rule base v1, §6 steps 4–6): overall risk, clinician action,
 * the single suggestion, and warnings.
 */
import { CLINICIAN_ACTIONS, RISK_LEVELS } from './types'
import type {
  B12AssessmentInput,
  ClinicianAction,
  RiskLevel,
  RiskReasonCode,
  SuggestionCode,
  WarningCode,
} from './types'
import type { FactorContext, RiskFactor } from './risk-factors'
import { isPlantBased } from './codes'
import { needsCrystallineB12 } from './crystalline'
import { reaches } from './thresholds'

const levelRank = (level: RiskLevel) => RISK_LEVELS.indexOf(level)
const actionRank = (action: ClinicianAction) => CLINICIAN_ACTIONS.indexOf(action)

/**
 * Highest factor level; two or more moderate factors → high; no factors → none. Factors are
 * counted per distinct code.
 */
export function aggregateRisk(factors: readonly RiskFactor[]): RiskLevel {
  let level: RiskLevel = 'none'
  for (const f of factors) if (levelRank(f.level) > levelRank(level)) level = f.level
  const moderates = new Set(factors.filter((f) => f.level === 'moderate').map((f) => f.code))
  return moderates.size >= 2 ? 'high' : level
}

/**
 * Highest factor action; a high risk with no action → discuss_testing; age 1–15 (completed
 * years, i.e. 1 <= age < 16) with risk >= moderate → at least see_clinician (an urgent action
 * is never lowered).
 */
export function aggregateAction(
  factors: readonly RiskFactor[],
  risk: RiskLevel,
  ageYears: number,
): ClinicianAction {
  let action: ClinicianAction = 'none'
  for (const f of factors) if (actionRank(f.action) > actionRank(action)) action = f.action
  if (risk === 'high' && action === 'none') action = 'discuss_testing'
  const child = ageYears >= 1 && ageYears < 16
  if (
    child &&
    levelRank(risk) >= levelRank('moderate') &&
    actionRank(action) < actionRank('see_clinician')
  ) {
    action = 'see_clinician'
  }
  return action
}

/**
 * The suggestion: first match in the exact order of §6 step 5, as amended by §6a. The earlier
 * branches send the person to a clinician, so no dose is ever suggested with LHON,
 * hypersensitivity, symptoms, nitrous oxide, IF loss or under 16 (§6a.6).
 */
export function chooseSuggestion(
  input: B12AssessmentInput,
  factors: readonly RiskFactor[],
  risk: RiskLevel,
  ctx: FactorContext,
): SuggestionCode {
  const has = (code: RiskReasonCode) => factors.some((f) => f.code === code)
  const levelOf = (code: RiskReasonCode) => factors.find((f) => f.code === code)?.level
  // §6a.2: on unknown intake every "coverage < 100 %" test is true. A null coverage with known
  // intake (IF loss, under 1) never reaches these tests: earlier steps have returned.
  const below100 = (pct: number | null) => !ctx.intakeKnown || (pct !== null && !reaches(pct, 100))
  const { metrics } = ctx
  if (has('SYMPTOMS_URGENT')) return 'URGENT_SAME_DAY'
  if (has('COND_AUTOIMMUNE_GASTRITIS') || has('COND_GI_SURGERY')) {
    return 'CLINICIAN_MANAGED_REPLACEMENT'
  }
  if (has('INFANT_OF_VEGAN_MOTHER')) return 'SEE_PEDIATRIC_CLINICIAN'
  if (has('SYMPTOMS') || has('NITROUS_OXIDE')) return 'SEE_CLINICIAN_FIRST'
  if (has('COND_HYPERSENSITIVITY')) return 'SEE_CLINICIAN_NO_SELF_SUPPLEMENT'
  if (has('COND_LHON')) return 'SEE_CLINICIAN_AVOID_CYANOCOBALAMIN'
  if (input.ageYears < 16) {
    // §6a.3/§6a.8: the plant-based baby reaches PEDIATRIC_ADVICE through this step too.
    const child = input.ageYears >= 1 && levelRank(risk) >= levelRank('moderate')
    return child || has('INFANT_PLANT_BASED') ? 'PEDIATRIC_ADVICE' : 'NONE'
  }
  const malabsorption =
    has('MED_METFORMIN') ||
    has('COND_ATROPHIC_GASTRITIS') ||
    levelOf('MED_ACID_SUPPRESSANT') === 'moderate'
  // passive-route coverage >= 100 % means crystalline intake already >= ~120 µg/day (§5).
  if (input.ageYears >= 51 && malabsorption && below100(metrics.passiveRouteCoveragePct)) {
    return 'HIGH_DOSE_ORAL'
  }
  const coverageBelow = below100(metrics.effectiveCoveragePct)
  const plantBased = isPlantBased(input.diet)
  if ((input.pregnant || input.lactating) && plantBased && coverageBelow)
    return 'PLANT_BASED_PREGNANCY'
  if (plantBased && coverageBelow) return 'PLANT_BASED_OPTIONS'
  // One decision shared with the meal generator (crystalline.ts), so the two cannot disagree.
  const crystallineNeeded = needsCrystallineB12(input).reasons.some((r) => r !== 'AGE_51_PLUS')
  if (
    levelOf('AGE_51_PLUS') === 'moderate' ||
    (crystallineNeeded && below100(metrics.crystallineCoveragePct))
  ) {
    return 'CRYSTALLINE_SOURCE'
  }
  // §6a.2: on unknown intake the app asks for a usual week instead of this generic advice.
  return ctx.intakeKnown && coverageBelow ? 'DIET_OR_SUPPLEMENT' : 'NONE'
}

/**
 * Warnings of §6 step 6, in the order of that list. `hasNotCounted`: any item of the intake
 * pattern is flagged not_counted (whatever its daysPerWeek: the person logged it).
 */
export function collectWarnings(
  factors: readonly RiskFactor[],
  hasNotCounted: boolean,
): WarningCode[] {
  const codes = new Set(factors.map((f) => f.code))
  const warnings: WarningCode[] = []
  if (codes.has('FOLIC_ACID_ABOVE_UL')) warnings.push('FOLIC_ACID_ABOVE_UL')
  if (codes.has('COND_LHON')) warnings.push('AVOID_CYANOCOBALAMIN')
  if (codes.has('COND_HYPERSENSITIVITY')) warnings.push('NO_SUPPLEMENT_WITHOUT_CLINICIAN')
  if ([...codes].some((code) => code.startsWith('MED_'))) {
    warnings.push('DO_NOT_STOP_PRESCRIBED_MEDICINE')
  }
  if (hasNotCounted) warnings.push('UNRELIABLE_SOURCES_NOT_COUNTED')
  return warnings
}
