/**
 * The one entry point of the B12 core: rule base v1 (b12-reference.md §6) applied to a
 * person's profile and weekly intake pattern.
 */
import { percent } from '../units'
import { aggregateAction, aggregateRisk, chooseSuggestion, collectWarnings } from './aggregate'
import { SUGGESTION_TEXTS } from './advice-texts'
import { IF_LOSS_CONDITIONS } from './codes'
import { adequacyMetrics, eventBreakdown, NOT_APPLICABLE, weeklyTotals } from './metrics'
import { requirementFor } from './requirements'
import { riskFactors } from './risk-factors'
import type { B12Assessment, B12AssessmentInput } from './types'
import { validateInput } from './validate'

/**
 * Assesses B12 needs, intake, risk and advice for one person. Pure and deterministic.
 * Amounts are µg/day, coverages are percent (100 = target met), nothing is rounded.
 * Adequacy metrics are null under 1 year and with pernicious_anaemia, autoimmune_gastritis,
 * gastrectomy, bariatric_surgery or ileal_resection; intake coverage is null under 1 year.
 * Unknown medication classes, conditions and symptoms are ignored.
 * @throws B12InputError when a number is out of range or not finite (the field is named).
 */
export function assessB12(input: B12AssessmentInput): B12Assessment {
  validateInput(input)
  const requirement = requirementFor(input)
  const totals = weeklyTotals(eventBreakdown(input.intakePattern))
  const infant = input.ageYears < 1
  const ifLoss = input.conditions.some((c) => IF_LOSS_CONDITIONS.includes(c))
  const metrics =
    infant || ifLoss ? NOT_APPLICABLE : adequacyMetrics(totals, requirement.targetAbsorbedUgPerDay)
  const factors = riskFactors(input, metrics)
  const riskLevel = aggregateRisk(factors)
  const suggestionCode = chooseSuggestion(input, factors, riskLevel, metrics)
  return {
    rdaUg: requirement.rdaUg,
    rdaType: requirement.rdaType,
    targetAbsorbedUgPerDay: requirement.targetAbsorbedUgPerDay,
    intakeUgPerDay: totals.intakeUgPerDay,
    intakeCoveragePct: infant ? null : percent((100 * totals.intakeUgPerDay) / requirement.rdaUg),
    ...metrics,
    riskLevel,
    riskReasons: [...new Set(factors.map((f) => f.code))],
    clinicianAction: aggregateAction(factors, riskLevel, input.ageYears),
    suggestionCode,
    suggestionText: SUGGESTION_TEXTS[suggestionCode].text,
    warnings: collectWarnings(factors, totals.hasNotCounted),
  }
}
