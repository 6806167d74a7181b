/**
 * The one entry point of the B12 core: rule base v1.1 (b12-reference.md §6 with §6a) applied to a
 * person's profile and weekly intake pattern.
 */
import { percent } from '../units'
import { aggregateAction, aggregateRisk, chooseSuggestion, collectWarnings } from './aggregate'
import { IF_LOSS_CONDITIONS } from './codes'
import { adequacyMetrics, eventBreakdown, NOT_APPLICABLE, weeklyTotals } from './metrics'
import { requirementFor } from './requirements'
import { explainContextOf, explainSuggestion } from './explain'
import { riskFactors, type FactorContext } from './risk-factors'
import type { B12Assessment, B12AssessmentInput } from './types'
import { validateInput } from './validate'

/**
 * Assesses B12 needs, intake, risk and advice for one person. Pure and deterministic.
 * Amounts are µg/day, coverages are percent (100 = target met), nothing is rounded.
 * Adequacy metrics are null under 1 year, with pernicious_anaemia, autoimmune_gastritis,
 * gastrectomy, bariatric_surgery or ileal_resection, and when intake is unknown
 * (`intakePattern: null`, rule base v1.1 §6a.2: then intake and its coverage are null too).
 * Unknown medication classes, conditions and symptoms are ignored.
 * @throws B12InputError when a number is out of range or not finite (the field is named).
 */
export function assessB12(input: B12AssessmentInput): B12Assessment {
  validateInput(input)
  const requirement = requirementFor(input)
  const pattern = input.intakePattern
  const totals = pattern === null ? null : weeklyTotals(eventBreakdown(pattern))
  const infant = input.ageYears < 1
  const ifLoss = input.conditions.some((c) => IF_LOSS_CONDITIONS.includes(c))
  const applicable = !infant && !ifLoss
  const ctx: FactorContext = {
    applicable,
    intakeKnown: totals !== null,
    metrics:
      applicable && totals !== null
        ? adequacyMetrics(totals, requirement.targetAbsorbedUgPerDay)
        : NOT_APPLICABLE,
  }
  const factors = riskFactors(input, ctx)
  const riskLevel = aggregateRisk(factors)
  const suggestionCode = chooseSuggestion(input, factors, riskLevel, ctx)
  const intakeCoveragePct =
    infant || totals === null ? null : percent((100 * totals.intakeUgPerDay) / requirement.rdaUg)
  return {
    rdaUg: requirement.rdaUg,
    rdaType: requirement.rdaType,
    targetAbsorbedUgPerDay: requirement.targetAbsorbedUgPerDay,
    intakeUgPerDay: totals === null ? null : totals.intakeUgPerDay,
    intakeCoveragePct,
    ...ctx.metrics,
    riskLevel,
    riskReasons: [...new Set(factors.map((f) => f.code))],
    clinicianAction: aggregateAction(factors, riskLevel, input.ageYears),
    suggestionCode,
    suggestionText: explainSuggestion(suggestionCode, explainContextOf(input)).text,
    warnings: collectWarnings(factors, totals?.hasNotCounted ?? false),
  }
}
