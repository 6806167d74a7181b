/**
 * The one-click "what would change this" for a suggestion: which catalogue supplement to add,
 * how often, and with which meal. Only suggestions that name a self-chosen dose get one; every
 * "see a clinician" suggestion gets none (reference §5: no self-dosing there).
 */
import type { SuggestionCode } from '../../../core/b12'
import type { FoodRecord } from '../../../core/foods/types'

export interface SupplementProposal {
  food: FoodRecord
  /** Plain sentence for the button, e.g. "a 1000 µg B12 tablet every day with breakfast". */
  description: string
}

/**
 * µg per tablet for each self-help suggestion, inside the dose its own text names (§5: 500–1000
 * µg; ≥ 10 µg; 10–100 µg). Every other code, including all under-16, IF-loss, LHON,
 * hypersensitivity, symptom and nitrous-oxide codes, has none (rule base v1.1 §6a.6).
 */
const DOSE_BY_CODE: Partial<Record<SuggestionCode, number>> = {
  HIGH_DOSE_ORAL: 1000,
  PLANT_BASED_PREGNANCY: 50,
  PLANT_BASED_OPTIONS: 50,
  CRYSTALLINE_SOURCE: 50,
  DIET_OR_SUPPLEMENT: 50,
}

export function proposalFor(
  code: SuggestionCode,
  foods: Iterable<FoodRecord>,
): SupplementProposal | null {
  const dose = DOSE_BY_CODE[code]
  if (dose === undefined) return null
  for (const food of foods) {
    const info = food.supplement
    if (
      food.kind === 'supplement' &&
      food.source === 'label-typical' &&
      info?.ugPerUnit === dose &&
      info.unit === 'tablet' &&
      info.form === 'cyanocobalamin' &&
      info.schedule !== 'weekly'
    ) {
      return { food, description: `a ${dose} µg B12 tablet every day with breakfast` }
    }
  }
  return null
}
