import { useState } from 'react'
import { useAfterFirstPaint } from './use-after-first-paint'
import { formatWeekRange } from '../../../core/coverage'
import { addDays, mondayOf } from '../../../core/dates'
import { useServices } from '../../data'
import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'
import { WeekNavigator } from '../../components/WeekNavigator'
import { useHousehold } from '../../data'
import './coverage.css'
import { HouseholdComparisonChart } from './HouseholdComparisonChart'
import { PersonCoverageView } from './PersonCoverageView'
import { HouseholdBasis } from './HouseholdBasis'
import { TopSourcesChart } from './TopSourcesChart'
import { UnknownIntake } from './UnknownIntake'
import { useCoverage } from './use-coverage'
import { WeeklyTrendChart } from './WeeklyTrendChart'

const INTRO = 'Is this week enough, and why: B12 per day, meal and week against the recommended amount, with what the body absorbs.'

/** The Coverage page: one person or the whole household, one week at a time. */
export function CoveragePage() {
  const people = useHousehold()
  const { clock } = useServices()
  const thisMonday = mondayOf(clock.today())
  const [monday, setMonday] = useState(thisMonday)
  const [chosen, setChosen] = useState<string | null>(null)
  const personId = people?.length === 1 ? (people[0]?.id ?? null) : chosen
  const state = useCoverage(people, monday, personId)
  const rangeLabel = formatWeekRange(monday, addDays(monday, 6))

  if (people && people.length === 0) {
    return (
      <>
        <PageHeading title="B12 coverage" intro={INTRO} />
        <EmptyState title="No one in the household yet" action={<a className="button" href="#/household">Add a person</a>}>
          <p>Add the people you plan for. Charts here then show each day&apos;s B12 against what each person needs.</p>
        </EmptyState>
      </>
    )
  }
  const view = state.status === 'ready' ? state.view : null
  return (
    <CoverageBody view={view} state={state} people={people} personId={personId} monday={monday} thisMonday={thisMonday}
      rangeLabel={rangeLabel} setChosen={setChosen} setMonday={setMonday} />
  )
}

interface CoverageBodyProps {
  view: Extract<ReturnType<typeof useCoverage>, { status: 'ready' }>['view'] | null
  state: ReturnType<typeof useCoverage>
  people: ReturnType<typeof useHousehold>
  personId: string | null
  monday: string
  thisMonday: string
  rangeLabel: string
  setChosen: (id: string | null) => void
  setMonday: (monday: string) => void
}

function CoverageBody({ view, state, people, personId, monday, thisMonday, rangeLabel, setChosen, setMonday }: CoverageBodyProps) {
  // The household comparison draws at once; the trend and sources charts a frame later.
  const weekWords = monday === thisMonday ? 'this week' : `for ${rangeLabel}`
  const restReady = useAfterFirstPaint(`${personId ?? 'all'}-${monday}-${view ? 'ready' : 'loading'}`)
  return (
    <div className="coverage-page">
      <PageHeading title="B12 coverage" intro={INTRO} />
      <div className="coverage-controls">
        {people && people.length > 1 ? (
          <div className="form-field person-picker">
            <label htmlFor="coverage-person">Show coverage for</label>
            <select id="coverage-person" value={personId ?? ''} onChange={(event) => setChosen(event.target.value || null)}>
              <option value="">Household (everyone)</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <WeekNavigator monday={monday} thisMonday={thisMonday} onChange={setMonday} showLabel />
      </div>
      {state.status === 'loading' ? <p role="status">Working out the charts…</p> : null}
      {state.status === 'error' ? (
        <p role="alert" className="callout callout-error">
          The charts could not be worked out: {state.message}. Please check each person&apos;s details on the Household page.
        </p>
      ) : null}
      {view && !view.planned ? <UnknownIntake people={view.selected ? [view.selected] : view.people} rangeLabel={rangeLabel} /> : null}
      {view && view.planned && view.selected ? (
        <PersonCoverageView key={`${view.selected.person.id}-${monday}`} view={view} selected={view.selected} rangeLabel={rangeLabel} weekWords={weekWords} />
      ) : null}
      {view && view.planned && !view.selected ? (
        <>
          <HouseholdBasis people={view.people} weekWords={weekWords} />
          <HouseholdComparisonChart household={view.household} rangeLabel={rangeLabel} />
          <p className="hint">Choose one person above to see their days and meals.</p>
          {restReady ? (
            <>
              <WeeklyTrendChart trend={view.trend} />
              <TopSourcesChart sources={view.sources} whose="the household" />
            </>
          ) : (
            <p role="status">Drawing the trend and the sources…</p>
          )}
        </>
      ) : null}
      {view && !view.planned && view.trend.weeks.some((week) => week.values.some((value) => value !== null)) ? <WeeklyTrendChart trend={view.trend} /> : null}
    </div>
  )
}
