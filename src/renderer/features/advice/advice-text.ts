/** Display helpers for the advice page (rounding happens here, only for display). */
import type { B12Assessment, RiskLevel } from '../../../core/b12'

export interface RiskWords {
  title: string
  text: string
  symbol: string
}

export const RISK_WORDS: Readonly<Record<RiskLevel, RiskWords>> = {
  none: {
    title: 'No known risk',
    text: 'Nothing in these details points to a risk of low B12.',
    symbol: '○',
  },
  low: { title: 'Low risk', text: 'Keep doing what works. The reasons are below.', symbol: '◔' },
  moderate: {
    title: 'Moderate risk',
    text: 'Some things raise the risk of low B12. See what could help below.',
    symbol: '◑',
  },
  high: {
    title: 'High risk',
    text: 'Several things, or one important thing, raise the risk of low B12. Please read the advice below.',
    symbol: '●',
  },
}

/**
 * On unknown intake (rule base v1.1 §6a.2) "none" and "low" must not sound like an all-clear or
 * like praise for a diet the app has not seen: they say what the app does not know.
 */
const UNKNOWN_INTAKE_WORDS: Partial<Record<RiskLevel, string>> = {
  none: 'Nothing in these details points to a risk of low B12, but what is eaten is not known yet, so B12 intake is not part of this.',
  low: 'Only small things raise the risk of low B12. What is eaten is not known yet, so B12 intake is not part of this. The reasons are below.',
}

/** The risk heading and sentence for an assessment. */
export function riskWords(a: Pick<B12Assessment, 'riskLevel' | 'intakeUgPerDay'>): RiskWords {
  const words = RISK_WORDS[a.riskLevel]
  const unknown = a.intakeUgPerDay === null ? UNKNOWN_INTAKE_WORDS[a.riskLevel] : undefined
  return unknown ? { ...words, text: unknown } : words
}

const pct = (value: number): string => `${Math.round(value)} %`
const ug = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} µg`

/** What the facts table shows for an amount the app does not know (never 0). */
export const NOT_KNOWN_YET = 'not known yet'

/** Short: the page's basis line (above) already says why and offers the usual-week step. */
export const INTAKE_UNKNOWN_NOTE =
  'B12 intake and absorption are not estimated until what is eaten is known. Nothing is counted as zero.'

export const NOT_ESTIMATED_NOTE =
  'How much is absorbed is not estimated here: for babies under one, and when a condition stops B12 being absorbed from food, only a clinician can judge it.'

export interface IntakeFacts {
  rows: { label: string; value: string }[]
  /** When adequacy cannot be estimated, why. */
  notEstimated: string | null
}

/** The week's numbers in words; unknown amounts read "not known yet", never 0. */
export function intakeFacts(a: B12Assessment): IntakeFacts {
  const rows = [
    {
      label: `Recommended a day (${a.rdaType === 'AI' ? 'adequate intake' : 'RDA'})`,
      value: ug(a.rdaUg),
    },
    {
      label: 'B12 eaten or taken, a day on average',
      value: a.intakeUgPerDay === null ? NOT_KNOWN_YET : ug(a.intakeUgPerDay),
    },
  ]
  if (a.intakeCoveragePct !== null)
    rows.push({ label: 'As a share of the recommended amount', value: pct(a.intakeCoveragePct) })
  if (a.absorbedUgPerDay !== null && a.effectiveCoveragePct !== null) {
    rows.push({
      label: 'Estimated absorbed a day',
      value: `${ug(a.absorbedUgPerDay)} of ${ug(a.targetAbsorbedUgPerDay)} needed`,
    })
    rows.push({ label: 'Absorbed estimate, share of need', value: pct(a.effectiveCoveragePct) })
  }
  // Babies (adequate intake, AI) are never planned for, so asking for a usual week would not help.
  const infant = a.rdaType === 'AI'
  let notEstimated: string | null = null
  if (a.intakeUgPerDay === null && !infant) notEstimated = INTAKE_UNKNOWN_NOTE
  else if (a.effectiveCoveragePct === null) notEstimated = NOT_ESTIMATED_NOTE
  return { rows, notEstimated }
}
