/**
 * Types of the B12 assessment contract (shared/domain/b12-assessment-contract.md). The input
 * shape is exactly the contract's; output numbers carry unit brands, which are assignable to
 * `number`, so readers of the contract's shape are unaffected.
 */
import type { Micrograms, Percent } from '../units'

export type Diet = 'omnivore' | 'pescatarian' | 'lacto_ovo_vegetarian' | 'vegan'
export type IntakeForm = 'food' | 'crystalline' | 'not_counted'

export interface IntakeItem {
  name: string
  /** µg of B12 in this item as eaten, >= 0, finite. */
  ug: number
  /** food = protein-bound; crystalline = fortified foods and supplements; not_counted = 0 µg. */
  form: IntakeForm
}

/** Everything eaten together in one sitting, repeated on `daysPerWeek` days (0..7). */
export interface EatingEvent {
  slot: string
  daysPerWeek: number
  items: IntakeItem[]
}

export interface MedicationUse {
  /** A code of the medication vocabulary; unknown classes are accepted and ignored. */
  class: string
  generic?: string
  brand?: string
  dose?: string
  /**
   * Years of current regular use; `ppi` and `h2ra` count when >= 1 or not given (rule base
   * v1.1 §6a.4: unknown duration counts as long-term); an explicit value < 1 does not count.
   */
  years?: number
}

export interface B12AssessmentInput {
  /** 0..120; fractions for infants (0.33 = 4 months). */
  ageYears: number
  sex: 'F' | 'M' | 'X'
  pregnant: boolean
  /** Lactation outranks pregnancy for the RDA. */
  lactating: boolean
  diet: Diet
  medications: MedicationUse[]
  conditions: string[]
  symptoms: string[]
  /** Synthetic folic acid from supplements and fortified foods, µg/day, >= 0. */
  folicAcidUgPerDay: number
  /** Only meaningful when ageYears < 1. */
  breastfedByUnsupplementedVeganMother?: boolean
  /**
   * The week's B12 intake as repeated eating events. null = nothing is known about what the
   * person eats (rule base v1.1 §6a.2: unknown is not zero); [] = known to be nothing.
   */
  intakePattern: EatingEvent[] | null
}

export type RiskLevel = 'none' | 'low' | 'moderate' | 'high'
export type ClinicianAction = 'none' | 'discuss_testing' | 'see_clinician' | 'urgent_same_day'

/** The factor codes of rule base v1, §6 step 3, plus the two added by v1.1 (§6a.2, §6a.3). */
export const RISK_REASON_CODES = [
  'DIET_VEGAN_COVERED',
  'DIET_VEGETARIAN_COVERED',
  'INTAKE_BELOW_TARGET',
  'INTAKE_VERY_LOW',
  'AGE_51_PLUS',
  'PREG_LACT_PLANT_BASED',
  'MED_METFORMIN',
  'MED_ACID_SUPPRESSANT',
  'MED_COLCHICINE',
  'MED_NICE_OTHER',
  'MED_CHLORAMPHENICOL',
  'NITROUS_OXIDE',
  'FOLIC_ACID_ABOVE_UL',
  'COND_AUTOIMMUNE_GASTRITIS',
  'COND_GI_SURGERY',
  'COND_ATROPHIC_GASTRITIS',
  'COND_GI_DISEASE',
  'COND_OTHER_AUTOIMMUNE',
  'COND_LHON',
  'COND_HYPERSENSITIVITY',
  'SYMPTOMS_URGENT',
  'SYMPTOMS',
  'INFANT_OF_VEGAN_MOTHER',
  'INTAKE_UNKNOWN_PLANT_BASED',
  'INFANT_PLANT_BASED',
] as const
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number]

/** The suggestion codes of §6 step 5, in their order of precedence. */
export const SUGGESTION_CODES = [
  'URGENT_SAME_DAY',
  'CLINICIAN_MANAGED_REPLACEMENT',
  'SEE_PEDIATRIC_CLINICIAN',
  'SEE_CLINICIAN_FIRST',
  'SEE_CLINICIAN_NO_SELF_SUPPLEMENT',
  'SEE_CLINICIAN_AVOID_CYANOCOBALAMIN',
  'PEDIATRIC_ADVICE',
  'HIGH_DOSE_ORAL',
  'PLANT_BASED_PREGNANCY',
  'PLANT_BASED_OPTIONS',
  'CRYSTALLINE_SOURCE',
  'DIET_OR_SUPPLEMENT',
  'NONE',
] as const
export type SuggestionCode = (typeof SUGGESTION_CODES)[number]

/** The warning codes of §6 step 6. */
export const WARNING_CODES = [
  'FOLIC_ACID_ABOVE_UL',
  'AVOID_CYANOCOBALAMIN',
  'NO_SUPPLEMENT_WITHOUT_CLINICIAN',
  'DO_NOT_STOP_PRESCRIBED_MEDICINE',
  'UNRELIABLE_SOURCES_NOT_COUNTED',
] as const
export type WarningCode = (typeof WARNING_CODES)[number]

export const CLINICIAN_ACTIONS = [
  'none',
  'discuss_testing',
  'see_clinician',
  'urgent_same_day',
] as const satisfies readonly ClinicianAction[]

export const RISK_LEVELS = [
  'none',
  'low',
  'moderate',
  'high',
] as const satisfies readonly RiskLevel[]

export interface B12Assessment {
  /** RDA, or AI for infants (§1), µg/day. */
  rdaUg: Micrograms
  rdaType: 'RDA' | 'AI'
  /** 0.5 × rdaUg, µg/day absorbed. */
  targetAbsorbedUgPerDay: Micrograms
  /** Σ(µg × daysPerWeek)/7 over food + crystalline items; null when intake is unknown. */
  intakeUgPerDay: Micrograms | null
  /** 100 × intake / rdaUg; null under 1 year or when intake is unknown. */
  intakeCoveragePct: Percent | null
  /**
   * Σ(A(event µg) × daysPerWeek)/7; this and the next four are null under 1 year, with an
   * IF-loss condition, or when intake is unknown.
   */
  absorbedUgPerDay: Micrograms | null
  effectiveCoveragePct: Percent | null
  crystallineCoveragePct: Percent | null
  passiveRouteCoveragePct: Percent | null
  adequate: boolean | null
  riskLevel: RiskLevel
  /** A set: order carries no meaning. */
  riskReasons: RiskReasonCode[]
  clinicianAction: ClinicianAction
  suggestionCode: SuggestionCode
  suggestionText: string
  /** A set. */
  warnings: WarningCode[]
}
