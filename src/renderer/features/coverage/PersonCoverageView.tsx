import { useState } from 'react'
import { mealCoverage, weekVerdict } from '../../../core/coverage'
import { WEEKDAY_NAMES } from '../../../core/profiles/person'
import type { CoverageView, PersonWeekView } from './coverage-view'
import { DailyCoverageChart } from './DailyCoverageChart'
import { MealCoverageChart } from './MealCoverageChart'
import { TopSourcesChart } from './TopSourcesChart'
import { WeeklyTrendChart } from './WeeklyTrendChart'

export interface PersonCoverageViewProps {
  view: CoverageView
  selected: PersonWeekView
  rangeLabel: string
}

/** One person's week: the verdict, each day, one day's meals, the trend and the top sources. */
export function PersonCoverageView({ view, selected, rangeLabel }: PersonCoverageViewProps) {
  const { person, week, pattern, kindOf } = selected
  const firstShort = week.days.find((day) => day.short && day.intakeUg > 0)?.dayIndex ?? 0
  const [chosenDay, setDay] = useState<number | null>(null)
  const dayIndex = chosenDay ?? firstShort
  const dayName = WEEKDAY_NAMES[dayIndex] ?? 'Monday'
  const meals = mealCoverage(pattern, dayIndex, kindOf, week.absorbedEstimated)
  const verdictClass = week.adequate === true ? 'verdict-ok' : week.adequate === false ? 'verdict-short' : 'verdict-unknown'
  return (
    <>
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
      <WeeklyTrendChart trend={view.trend} />
      <TopSourcesChart sources={view.sources} whose={person.name} />
    </>
  )
}
