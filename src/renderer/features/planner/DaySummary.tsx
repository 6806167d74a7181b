import type { DayCoverage } from '../../../core/coverage/daily'
import { formatUg } from '../foods'
import { partialDayNote, type DayTotalsView } from './meal-view'

export interface DaySummaryProps {
  name: string
  /** The day of the planned week; undefined when nothing is planned for this person this week. */
  day: DayCoverage | undefined
  targetUg: number
  absorbedEstimated: boolean
  /** kcal and protein of the person's planned day against their targets (dayTotalsView). */
  totals?: DayTotalsView
}

/** kcal and protein against the person's targets, in words; nothing when nothing is planned. */
function DayTotals({ name, totals }: { name: string; totals: DayTotalsView | undefined }) {
  if (!totals || totals.kind === 'nothing') return null
  if (totals.kind === 'unknown')
    return (
      <p className="day-totals">
        {name}: kcal and protein not counted, because a planned food or recipe is missing.
      </p>
    )
  const partial = partialDayNote(totals.mealsPlanned)
  const off = totals.energy.position !== 'within' || totals.protein.position === 'below'
  return (
    <p className={off ? 'day-totals day-totals-off' : 'day-totals'}>
      {name}: {totals.energy.text}; {totals.protein.text}
      {partial ? ` (${partial})` : ''}.
    </p>
  )
}

/**
 * The day for one person: B12 eaten, and the absorbed estimate against the target (from
 * assessB12's events), then kcal and protein against their daily targets. A day with nothing
 * planned says so rather than "below target": no planned meals is not the same as eating no
 * B12 (reference §6a.2).
 */
export function DaySummary({ name, day, targetUg, absorbedEstimated, totals }: DaySummaryProps) {
  if (!day || day.mealsPlanned.length === 0) {
    return <p className="hint day-summary-none">{name}: nothing planned for this day yet.</p>
  }
  const met = !day.short
  const absorbed =
    absorbedEstimated && day.absorbedUg !== null
      ? `about ${formatUg(day.absorbedUg)} absorbed of ${formatUg(targetUg)} needed`
      : 'absorption not estimated (see Advice)'
  return (
    <>
      <p className={met ? 'day-summary day-met' : 'day-summary day-short'}>
        <span aria-hidden="true">{met ? '✓' : '!'}</span> {name}: {formatUg(day.intakeUg)} B12
        eaten, {absorbed} — <strong>{met ? 'target met' : 'below target'}</strong>
      </p>
      <DayTotals name={name} totals={totals} />
    </>
  )
}
