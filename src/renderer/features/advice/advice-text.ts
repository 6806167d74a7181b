/** Display helpers for the advice page (rounding happens here, only for display). */
import type { B12Assessment, RiskLevel } from '../../../core/b12'

export const RISK_WORDS: Readonly<Record<RiskLevel, { title: string; text: string; symbol: string }>> = {
  none: { title: 'No known risk', text: 'Nothing in these details points to a risk of low B12.', symbol: '○' },
  low: { title: 'Low risk', text: 'Keep doing what works. The reasons are below.', symbol: '◔' },
  moderate: { title: 'Moderate risk', text: 'Some things raise the risk of low B12. See what could help below.', symbol: '◑' },
  high: { title: 'High risk', text: 'Several things, or one important thing, raise the risk of low B12. Please read the advice below.', symbol: '●' },
}

const pct = (value: number): string => `${Math.round(value)} %`
const ug = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} µg`

export interface IntakeFacts {
  rows: { label: string; value: string }[]
  /** When adequacy cannot be estimated, why. */
  notEstimated: string | null
}

/** This week's numbers in words. */
export function intakeFacts(a: B12Assessment): IntakeFacts {
  const rows = [
    { label: `Recommended a day (${a.rdaType === 'AI' ? 'adequate intake' : 'RDA'})`, value: ug(a.rdaUg) },
    { label: 'Planned this week, a day on average', value: ug(a.intakeUgPerDay) },
  ]
  if (a.intakeCoveragePct !== null) rows.push({ label: 'Planned, as a share of the recommended amount', value: pct(a.intakeCoveragePct) })
  if (a.absorbedUgPerDay !== null && a.effectiveCoveragePct !== null) {
    rows.push({ label: 'Estimated absorbed a day', value: `${ug(a.absorbedUgPerDay)} of ${ug(a.targetAbsorbedUgPerDay)} needed` })
    rows.push({ label: 'Absorbed estimate, share of need', value: pct(a.effectiveCoveragePct) })
  }
  const notEstimated =
    a.effectiveCoveragePct === null
      ? 'How much is absorbed is not estimated here: for babies under one, and when a condition stops B12 being absorbed from food, only a clinician can judge it.'
      : null
  return { rows, notEstimated }
}
