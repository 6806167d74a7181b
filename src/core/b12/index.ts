/**
 * B12 domain core: requirements, the per-event absorption model, the rule-base-v1 assessment,
 * the texts and sources behind every line it produces, and the vocabularies that turn what
 * people type into the contract's codes. See shared/domain/b12-assessment-contract.md.
 */
export { assessB12 } from './assess'
export { absorbedFromEvent, IF_CAP, K, PASSIVE } from './absorption'
export {
  requirementFor,
  folicAcidUpperLimitUg,
  type B12Requirement,
  type LifeStage,
  type RequirementProfile,
} from './requirements'
export { eventBreakdown, weeklyTotals, type EventBreakdown, type WeeklyTotals } from './metrics'
export { B12InputError } from './validate'
export {
  RISK_REASON_CODES,
  SUGGESTION_CODES,
  WARNING_CODES,
  CLINICIAN_ACTIONS,
  RISK_LEVELS,
  type Diet,
  type IntakeForm,
  type IntakeItem,
  type EatingEvent,
  type MedicationUse,
  type B12AssessmentInput,
  type B12Assessment,
  type RiskReasonCode,
  type SuggestionCode,
  type WarningCode,
  type RiskLevel,
  type ClinicianAction,
} from './types'
export {
  MEDICATION_CLASSES,
  CONDITION_CODES,
  URGENT_SYMPTOMS,
  OTHER_SYMPTOMS,
  IF_LOSS_CONDITIONS,
  isPlantBased,
  type MedicationClass,
  type ConditionCode,
  type SymptomCode,
} from './codes'
export {
  medicationCounts,
  requiresYearsOfUse,
  needsCrystallineB12,
  CRYSTALLINE_REASONS,
  CRYSTALLINE_AGE_YEARS,
  type CrystallineReason,
  type CrystallineNeed,
  type CrystallineProfile,
} from './crystalline'
export { REASON_TEXTS, type Explanation } from './reason-texts'
export {
  SUGGESTION_TEXTS,
  WARNING_TEXTS,
  CLINICIAN_ACTION_TEXTS,
  DISCLAIMERS,
  SUGGESTION_VARIANTS,
  CHILD_CLINICIAN_TEXTS,
  MAX_SUGGESTED_UG_PER_DAY,
  type SuggestionText,
  type DisclaimerKey,
} from './advice-texts'
export {
  explainContextOf,
  citationsFor,
  explainReason,
  explainWarning,
  explainSuggestion,
  explainClinicianAction,
  NICE_MIN_AGE_YEARS,
  NO_SOURCE_FOR_PERSON,
  type ExplainContext,
} from './explain'
export { THRESHOLD_TOLERANCE_PCT } from './thresholds'
export { SOURCES, SOURCE_TAGS, cite, type Source, type SourceTag, type Citation } from './sources'
export {
  MEDICINES,
  LOOK_ALIKES,
  MEDICATION_CLASS_NOTES,
  UNLISTED_MEDICINE_TEXT,
  type MedicineEntry,
  type MedicationClassNote,
} from './medicine-names'
export { recogniseMedication, allowedEdits, type MedicineRecognition } from './medicine-match'
export {
  CONDITIONS,
  SYMPTOMS,
  type ConditionEntry,
  type SymptomEntry,
  type NoRuleConditionCode,
} from './condition-names'
export {
  matchMedication,
  medicationLabel,
  searchMedications,
  matchCondition,
  searchConditions,
  matchSymptom,
  symptomLabel,
  type MedicationMatch,
  type MedicationSuggestion,
  type ConditionMatch,
  type ConditionSuggestion,
  type SymptomMatch,
} from './vocabulary'
