import type { DayCoverage } from '../../../core/coverage/daily'
import { formatUg } from '../foods'

export interface DaySummaryProps {
  name: string
  /** The day of the planned week; undefined when nothing is planned for this person this week. */
  day: DayCoverage | undefined
  targetUg: number
  absorbedEstimated: boolean
}

/**
 * The day's B12 for one person: eaten, and the absorbed estimate against the target (from
 * assessB12's events). A day with nothing planned says so rather than "below target": no
 * planned meals is not the same as eating no B12 (reference §6a.2).
 */
export function DaySummary({ name, day, targetUg, absorbedEstimated }: DaySummaryProps) {
  if (!day || day.mealsPlanned.length === 0) {
    return <p className="hint day-summary-none">{name}: nothing planned for this day yet.</p>
  }
  const met = !day.short
  const absorbed =
    absorbedEstimated && day.absorbedUg !== null
      ? `about ${formatUg(day.absorbedUg)} absorbed of ${formatUg(targetUg)} needed`
      : 'absorption not estimated (see Advice)'
  return (
    <p className={met ? 'day-summary day-met' : 'day-summary day-short'}>
      <span aria-hidden="true">{met ? '✓' : '!'}</span> {name}: {formatUg(day.intakeUg)} B12 eaten,{' '}
      {absorbed} — <strong>{met ? 'target met' : 'below target'}</strong>
    </p>
  )
}
