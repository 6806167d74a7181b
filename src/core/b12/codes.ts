/**
 * The rule-bearing vocabulary codes of the contract (medication classes, conditions, symptoms)
 * and how rule base v1 groups them. Unknown codes are accepted by `assessB12` and ignored.
 */
import type { Diet } from './types'

export const MEDICATION_CLASSES = [
  'metformin',
  'ppi',
  'h2ra',
  'colchicine',
  'phenobarbital',
  'primidone',
  'pregabalin',
  'topiramate',
  'chloramphenicol',
  'nitrous_oxide_recreational',
] as const
export type MedicationClass = (typeof MEDICATION_CLASSES)[number]

/** Classes that count only after at least one year of current use (Policy, §4). */
export const LONG_TERM_ONLY_CLASSES: readonly string[] = ['ppi', 'h2ra']
export const MIN_YEARS_ACID_SUPPRESSANT = 1

export const NICE_OTHER_CLASSES: readonly string[] = [
  'phenobarbital',
  'primidone',
  'pregabalin',
  'topiramate',
]

export const CONDITION_CODES = [
  'pernicious_anaemia',
  'autoimmune_gastritis',
  'gastrectomy',
  'bariatric_surgery',
  'ileal_resection',
  'atrophic_gastritis',
  'coeliac_disease',
  'crohns_disease',
  'type_1_diabetes',
  'autoimmune_thyroid_disease',
  'sjogren_syndrome',
  'vitiligo',
  'lhon',
  'cobalt_or_b12_hypersensitivity',
] as const
export type ConditionCode = (typeof CONDITION_CODES)[number]

/** No intrinsic factor (or no ileum to take it up): adequacy is not computed (§2 Limits). */
export const IF_LOSS_CONDITIONS: readonly string[] = [
  'pernicious_anaemia',
  'autoimmune_gastritis',
  'gastrectomy',
  'bariatric_surgery',
  'ileal_resection',
]
export const AUTOIMMUNE_GASTRITIS_CONDITIONS: readonly string[] = [
  'pernicious_anaemia',
  'autoimmune_gastritis',
]
export const GI_SURGERY_CONDITIONS: readonly string[] = [
  'gastrectomy',
  'bariatric_surgery',
  'ileal_resection',
]
export const GI_DISEASE_CONDITIONS: readonly string[] = ['coeliac_disease', 'crohns_disease']
export const OTHER_AUTOIMMUNE_CONDITIONS: readonly string[] = [
  'type_1_diabetes',
  'autoimmune_thyroid_disease',
  'sjogren_syndrome',
  'vitiligo',
]

export const URGENT_SYMPTOMS = ['vision_loss', 'gait_or_balance_problem', 'leg_weakness'] as const
export const OTHER_SYMPTOMS = [
  'paraesthesia',
  'memory_problems',
  'fatigue',
  'sore_tongue',
  'mood_change',
  'anaemia',
  'breathlessness',
  'pale_skin',
] as const
export type SymptomCode = (typeof URGENT_SYMPTOMS)[number] | (typeof OTHER_SYMPTOMS)[number]

/**
 * "Plant-based" in rule base v1 = vegan or lacto-ovo vegetarian. Pescatarians are not included:
 * the reference's codes are DIET_VEGAN_* and DIET_VEGETARIAN_*, and fish is an animal source of
 * natural B12 (ODS Table 2: salmon 2.6 µg, tuna 2.5–9.3 µg per serving), so a pescatarian is
 * rated like an omnivore.
 */
export function isPlantBased(diet: Diet): boolean {
  return diet === 'vegan' || diet === 'lacto_ovo_vegetarian'
}
