import { useState } from 'react'
import { mealCoverage, weekVerdict } from '../../../core/coverage'
import { WEEKDAY_NAMES } from '../../../core/dates'
import type { CoverageView, PersonWeekView } from './coverage-view'
import { IntakeBasisNote } from '../../components/IntakeBasisNote'
import { DailyCoverageChart } from './DailyCoverageChart'
import { MealCoverageChart } from './MealCoverageChart'
import { TopSourcesChart } from './TopSourcesChart'
import { WeeklyTrendChart } from './WeeklyTrendChart'

export interface PersonCoverageViewProps {
  view: CoverageView
  selected: PersonWeekView
  rangeLabel: string
  /** "this week", or "for 23–29 November" when another week is shown (for the basis line). */
  weekWords?: string
}

/** One person's week: the verdict, each day, one day's meals, the trend and the top sources. */
export function PersonCoverageView({ view, selected, rangeLabel, weekWords = 'this week' }: PersonCoverageViewProps) {
  const { person, week, events } = selected
  const firstShort = week.days.find((day) => day.short && day.intakeUg > 0)?.dayIndex ?? 0
  const [chosenDay, setDay] = useState<number | null>(null)
  const dayIndex = chosenDay ?? firstShort
  const dayName = WEEKDAY_NAMES[dayIndex] ?? 'Monday'
  const meals = mealCoverage(events, dayIndex, week.absorbedEstimated)
  const verdictClass = week.adequate === true ? 'verdict-ok' : week.adequate === false ? 'verdict-short' : 'verdict-unknown'
  // A usual week has no days of its own: its events are spread evenly, so there is no meal-by-meal day to show.
  const usual = selected.basis === 'usual'
  return (
    <>
      <IntakeBasisNote basis={selected.basis} name={person.name} infant={selected.result.input.ageYears < 1} hasSupplements={person.supplements.length > 0} weekWords={weekWords} />
      <p className={`coverage-verdict ${verdictClass}`} role="status">
        {weekVerdict(week, person.name)}
      </p>
      {selected.missing > 0 ? (
        <p className="callout callout-warning">
          {selected.missing === 1 ? '1 planned item is' : `${selected.missing} planned items are`} not counted here because the food or recipe is not
          available yet.
        </p>
      ) : null}
      <DailyCoverageChart week={week} rangeLabel={rangeLabel} personName={person.name} />
      {usual ? (
        <p className="hint">A usual week is an average week, the same every day: meal by meal detail appears for weeks with planned meals.</p>
      ) : (
      <MealCoverageChart
        day={meals}
        dayName={dayName}
        controls={
          <div className="form-field chart-control">
            <label htmlFor="coverage-meal-day">Day to show meal by meal</label>
            <select id="coverage-meal-day" value={dayIndex} onChange={(event) => setDay(Number(event.target.value))}>
              {WEEKDAY_NAMES.map((name, index) => (
                <option key={name} value={index}>
                  {name}
                  {week.days[index]?.short ? ' (short)' : ''}
                </option>
              ))}
            </select>
          </div>
        }
      />
      )}
      <WeeklyTrendChart trend={view.trend} />
      <TopSourcesChart sources={view.sources} whose={person.name} />
    </>
  )
}
