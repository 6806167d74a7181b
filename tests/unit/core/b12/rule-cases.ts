/**
 * Shared table helpers for the rule-base tests (§6 steps 3–6). Each row states the input change
 * and every expected output code, written by hand from the reference. Intake patterns, with
 * their coverage from §2 (adult target 1.2 µg/day):
 * ADEQUATE (3 × 1 µg fortified) 141 %, crystalline 141 %; FOOD3 (3 × 1 µg food) 141 %,
 * crystalline 0 %; ONE3 (one 3 µg fortified serving) 82 %; NOTHING 0 %.
 */
import { expect } from 'vitest'
import {
  assessB12,
  type B12AssessmentInput,
  type ClinicianAction,
  type RiskLevel,
  type RiskReasonCode,
  type SuggestionCode,
  type WarningCode,
} from '../../../../src/core/b12'
import { mealsPerDay, person, sorted } from './builders'

export const FOOD3 = mealsPerDay(3, 1, 'food')
export const ONE3 = mealsPerDay(1, 3)
export const NOTHING: B12AssessmentInput['intakePattern'] = []
export const STOP: WarningCode[] = ['DO_NOT_STOP_PRESCRIBED_MEDICINE']

export interface Case {
  label: string
  input: Partial<B12AssessmentInput>
  reasons: RiskReasonCode[]
  risk: RiskLevel
  action: ClinicianAction
  suggestion: SuggestionCode
  warnings: WarningCode[]
}

/** One table row: label, input change, reasons (a set), risk, action, suggestion, warnings. */
export const c = (
  label: string,
  input: Partial<B12AssessmentInput>,
  reasons: RiskReasonCode[],
  risk: RiskLevel,
  action: ClinicianAction,
  suggestion: SuggestionCode,
  warnings: WarningCode[] = [],
): Case => ({ label, input, reasons, risk, action, suggestion, warnings })

export function check(k: Case): void {
  const r = assessB12(person(k.input))
  expect(sorted(r.riskReasons)).toEqual(sorted(k.reasons))
  expect(r.riskLevel).toBe(k.risk)
  expect(r.clinicianAction).toBe(k.action)
  expect(r.suggestionCode).toBe(k.suggestion)
  expect(sorted(r.warnings)).toEqual(sorted(k.warnings))
}
