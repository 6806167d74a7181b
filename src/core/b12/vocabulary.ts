/**
 * Lookups from what a person types to the contract's codes: medicines (generic or brand name
 * → medication class, typos included: medicine-match.ts), conditions and symptoms. Exact
 * lookups for saving a free-text entry, ranked prefix search for autocomplete.
 */
import type { SymptomCode } from './codes'
import { CONDITIONS, SYMPTOMS, type ConditionEntry } from './condition-names'
import { medicineIndex, recogniseMedication, type MedicationMatch } from './medicine-match'
import { bestMatch, indexNames, rankedSearch } from './text-match'

export type { MedicationMatch }

export interface MedicationSuggestion extends MedicationMatch {
  /** What the autocomplete list shows: "Nexium (esomeprazole)" or "esomeprazole". */
  label: string
}

export interface ConditionMatch {
  code: ConditionEntry['code']
  label: string
}

export interface ConditionSuggestion extends ConditionMatch {
  /** The name that matched the query (a label or an everyday alias). */
  matched: string
}

export interface SymptomMatch {
  code: SymptomCode
  label: string
  urgent: boolean
}

const conditionIndex = indexNames<ConditionMatch>(
  CONDITIONS.flatMap((c) =>
    [c.label, ...c.aliases].map((display) => ({
      display,
      value: { code: c.code, label: c.label },
    })),
  ),
)

const symptomIndex = indexNames<SymptomMatch>(
  SYMPTOMS.flatMap((s) =>
    [s.label, ...s.aliases].map((display) => ({
      display,
      value: { code: s.code, label: s.label, urgent: s.urgent },
    })),
  ),
)

const DEFAULT_LIMIT = 8

/**
 * The medication class for a typed medicine name, case-insensitive and tolerant of extra words,
 * strengths, punctuation and run-together names ("glucophage xr 500mg", "GlucophageXR" →
 * metformin, brand Glucophage XR). Combination products map to their rule-bearing ingredient.
 * Null for unknown text and for likely typos, which only recogniseMedication reports (a typo
 * is offered to the person, never saved on a guess).
 */
export function matchMedication(text: string): MedicationMatch | null {
  const recognised = recogniseMedication(text)
  return recognised.kind === 'exact' ? recognised.match : null
}

/** How a medicine is named to people: "Nexium (esomeprazole)" for a brand, else the generic. */
export function medicationLabel(match: MedicationMatch): string {
  return match.brand === undefined ? match.generic : `${match.brand} (${match.generic})`
}

/**
 * Autocomplete for medicine names: up to `limit` (default 8) generic and brand names matching a
 * partly typed `prefix`, best first (exact, then names starting with it, then any word starting
 * with it; shorter names first). Empty query → [].
 */
export function searchMedications(prefix: string, limit = DEFAULT_LIMIT): MedicationSuggestion[] {
  return rankedSearch(medicineIndex, prefix, (v) => v.brand ?? v.generic, limit).map(
    ({ value }) => ({ ...value, label: medicationLabel(value) }),
  )
}

/**
 * The condition code for everyday words ("coeliac", "celiac", "weight-loss surgery",
 * "Hashimoto's"), case-insensitive, UK or US spelling. Null for unknown text.
 */
export function matchCondition(text: string): ConditionMatch | null {
  return bestMatch(conditionIndex, text)?.value ?? null
}

/** Autocomplete for conditions: one line per condition code, best first. Empty query → []. */
export function searchConditions(prefix: string, limit = DEFAULT_LIMIT): ConditionSuggestion[] {
  return rankedSearch(conditionIndex, prefix, (v) => v.code, limit).map(({ value, display }) => ({
    ...value,
    matched: display,
  }))
}

/** The symptom code for plain words ("pins and needles", "blurred vision"). Null if unknown. */
export function matchSymptom(text: string): SymptomMatch | null {
  return bestMatch(symptomIndex, text)?.value ?? null
}

/** The checklist label of a symptom code, or null for a code outside the vocabulary. */
export function symptomLabel(code: string): string | null {
  return SYMPTOMS.find((s) => s.code === code)?.label ?? null
}
