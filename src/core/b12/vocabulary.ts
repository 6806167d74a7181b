/**
 * Lookups from what a person types to the contract's codes: medicines (generic or brand name
 * → medication class), conditions and symptoms. Exact lookups for saving a free-text entry,
 * ranked prefix search for autocomplete.
 */
import type { MedicationClass, SymptomCode } from './codes'
import { CONDITIONS, SYMPTOMS, type ConditionEntry } from './condition-names'
import { MEDICINES } from './medicine-names'
import { bestMatch, indexNames, rankedSearch } from './text-match'

export interface MedicationMatch {
  class: MedicationClass
  generic: string
  /** Present when the text named a brand. */
  brand?: string
}

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

const medicineIndex = indexNames<MedicationMatch>(
  MEDICINES.flatMap((m) => [
    { display: m.generic, value: { class: m.class, generic: m.generic } },
    ...(m.aliases ?? []).map((alias) => ({
      display: alias,
      value: { class: m.class, generic: m.generic },
    })),
    ...m.brands.map((brand) => ({
      display: brand,
      value: { class: m.class, generic: m.generic, brand },
    })),
  ]),
)

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
 * strengths and punctuation ("glucophage xr 500mg" → metformin, brand Glucophage XR).
 * Combination products map to their rule-bearing ingredient. Null for unknown text.
 */
export function matchMedication(text: string): MedicationMatch | null {
  return bestMatch(medicineIndex, text)?.value ?? null
}

/**
 * Autocomplete for medicine names: up to `limit` (default 8) generic and brand names matching a
 * partly typed `prefix`, best first (exact, then names starting with it, then any word starting
 * with it; shorter names first). Empty query → [].
 */
export function searchMedications(prefix: string, limit = DEFAULT_LIMIT): MedicationSuggestion[] {
  return rankedSearch(medicineIndex, prefix, (v) => v.brand ?? v.generic, limit).map(
    ({ value }) => ({
      ...value,
      label: value.brand === undefined ? value.generic : `${value.brand} (${value.generic})`,
    }),
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
