import { mondayOf, weekTitle } from '../../../core/dates'
import { periodNotes, type PeriodCoverage } from '../../../core/shopping'
import { requestArrivalFocus } from '../../components/PageHeading'

/** The planner's week heading, focused after "Plan …" (see PlanPage). */
export const PLAN_WEEK_TITLE_ID = 'plan-week-title'
export const REPEAT_ON_ID = 'shop-repeat-on'
export const REPEAT_OFF_ID = 'shop-repeat-off'

export interface PeriodNoticeProps {
  period: PeriodCoverage | undefined
  /** Whether unplanned days count planned meals again. */
  repeat: boolean
  onRepeat: (on: boolean) => void
}

/**
 * Says which days of the chosen period have nothing planned (so the list does not cover them),
 * with a link to plan the first such week and a choice to count planned meals for those days.
 * Nothing when the list covers the whole period, or when nothing is planned at all (the page's
 * empty state says that).
 */
export function PeriodNotice(props: PeriodNoticeProps) {
  // Always on the page, so a change (another period chosen) is announced while focus stays put.
  return (
    <div aria-live="polite" className="shop-period-live no-print">
      <PeriodCallout {...props} />
    </div>
  )
}

function PeriodCallout({ period, repeat, onRepeat }: PeriodNoticeProps) {
  if (!period || period.covered.length === 0) return null
  const notes = periodNotes(period)
  if (notes.length === 0) return null
  const firstMissing = period.missing[0]
  const week = firstMissing ? mondayOf(firstMissing.from) : null
  return (
    <div className="callout callout-warning shop-period">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <div className="button-row">
        {week ? (
          <a
            className="button"
            href={`#/plan?week=${week}`}
            onClick={() => requestArrivalFocus(PLAN_WEEK_TITLE_ID)}
          >
            Plan the {weekTitle(week).replace(/^Week/, 'week')}
          </a>
        ) : null}
        {repeat ? (
          <button
            id={REPEAT_OFF_ID}
            type="button"
            className="button button-secondary"
            onClick={() => onRepeat(false)}
          >
            Stop counting planned meals for those days
          </button>
        ) : period.missing.length > 0 ? (
          <button
            id={REPEAT_ON_ID}
            type="button"
            className="button button-secondary"
            onClick={() => onRepeat(true)}
          >
            Count the planned meals on the same weekdays for those days
          </button>
        ) : null}
      </div>
    </div>
  )
}
