/**
 * Texts and sources chosen for one person (rule base v1.1 §6a.7, §6a.8): NICE NG239 is cited
 * only for people aged 16 and over (its scope), and the metformin sources (ADA, MHRA, DEJ) only
 * where metformin is taken. Babies and children get their own clinician wording, and NONE on
 * unknown intake asks for a usual week. The Advice page, the doctor summary and assessB12's
 * suggestionText all go through here, so they say the same thing.
 */
import {
  CHILD_CLINICIAN_TEXTS,
  CLINICIAN_ACTION_TEXTS,
  SUGGESTION_TEXTS,
  SUGGESTION_VARIANTS,
  WARNING_TEXTS,
  type SuggestionText,
} from './advice-texts'
import { needsCrystallineB12 } from './crystalline'
import { REASON_TEXTS, type Explanation } from './reason-texts'
import type { Citation, SourceTag } from './sources'
import type {
  B12AssessmentInput,
  ClinicianAction,
  RiskReasonCode,
  SuggestionCode,
  WarningCode,
} from './types'

export interface ExplainContext {
  ageYears: number
  /** Metformin is on the person's medicine list (any duration). */
  takesMetformin: boolean
  /** The intake pattern is known (§6a.2). */
  intakeKnown: boolean
  /**
   * Age over 50 is the only reason most B12 should be crystalline (no medicine or condition of
   * needsCrystallineB12): the crystalline advice then does not talk about medicines.
   */
  crystallineForAgeOnly?: boolean
}

/** NICE NG239 is "Vitamin B12 deficiency in over 16s". */
export const NICE_MIN_AGE_YEARS = 16
const METFORMIN_ONLY: readonly SourceTag[] = ['ADA', 'MHRA', 'DEJ']

/**
 * Shown instead of a source list when every source of a statement is out of scope for the
 * person (for example a NICE-only statement for a child): the app says what it does not have.
 */
export const NO_SOURCE_FOR_PERSON =
  'The app has no source for this that covers this person’s age; please ask their doctor, nurse or pharmacist.'

export function explainContextOf(
  input: Pick<B12AssessmentInput, 'ageYears' | 'medications' | 'intakePattern'> &
    Partial<Pick<B12AssessmentInput, 'conditions'>>,
): ExplainContext {
  const crystalline = needsCrystallineB12({
    ageYears: input.ageYears,
    medications: input.medications,
    conditions: input.conditions ?? [],
  })
  return {
    ageYears: input.ageYears,
    takesMetformin: input.medications.some((m) => m.class === 'metformin'),
    intakeKnown: input.intakePattern !== null,
    crystallineForAgeOnly:
      crystalline.reasons.length === 1 && crystalline.reasons[0] === 'AGE_51_PLUS',
  }
}

/** The citations that apply to this person (§6a.7); may be empty. */
export function citationsFor(
  sources: readonly Citation[],
  ctx: Pick<ExplainContext, 'ageYears' | 'takesMetformin'>,
): Citation[] {
  return sources.filter(
    (s) =>
      !(s.tag === 'NICE' && ctx.ageYears < NICE_MIN_AGE_YEARS) &&
      !(METFORMIN_ONLY.includes(s.tag) && !ctx.takesMetformin),
  )
}

const withSources = <T extends Explanation>(text: T, ctx: ExplainContext): T => ({
  ...text,
  sources: citationsFor(text.sources, ctx),
})

export function explainReason(code: RiskReasonCode, ctx: ExplainContext): Explanation {
  return withSources(REASON_TEXTS[code], ctx)
}

export function explainWarning(code: WarningCode, ctx: ExplainContext): Explanation {
  return withSources(WARNING_TEXTS[code], ctx)
}

export function explainSuggestion(code: SuggestionCode, ctx: ExplainContext): SuggestionText {
  if (code === 'PEDIATRIC_ADVICE' && ctx.ageYears < 1) {
    return withSources(SUGGESTION_VARIANTS.PEDIATRIC_ADVICE_INFANT, ctx)
  }
  if (code === 'NONE' && !ctx.intakeKnown) {
    return withSources(SUGGESTION_VARIANTS.NONE_INTAKE_UNKNOWN, ctx)
  }
  if (code === 'CRYSTALLINE_SOURCE' && ctx.crystallineForAgeOnly === true) {
    return withSources(SUGGESTION_VARIANTS.CRYSTALLINE_SOURCE_AGE_ONLY, ctx)
  }
  return withSources(SUGGESTION_TEXTS[code], ctx)
}

export function explainClinicianAction(action: ClinicianAction, ctx: ExplainContext): Explanation {
  if (action === 'see_clinician' && ctx.ageYears < 1) {
    return withSources(CHILD_CLINICIAN_TEXTS.see_clinician_infant, ctx)
  }
  if (action === 'see_clinician' && ctx.ageYears < NICE_MIN_AGE_YEARS) {
    return withSources(CHILD_CLINICIAN_TEXTS.see_clinician_child, ctx)
  }
  return withSources(CLINICIAN_ACTION_TEXTS[action], ctx)
}
