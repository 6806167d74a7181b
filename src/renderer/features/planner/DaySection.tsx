import { useId, useState } from 'react'
import type { WeekCoverage } from '../../../core/coverage/daily'
import type { FoodSearch } from '../../../core/foods/search'
import type { DailyTargets } from '../../../core/planning/person'
import { MEAL_SLOTS, type MealSlot, type PlanEntry } from '../../../core/planning/types'
import type { Person } from '../../../core/profiles/person'
import type { UnitSystem } from '../../../core/shopping'
import { DaySummary } from './DaySummary'
import { EntryItem } from './EntryItem'
import { dayTotalsView, type DayTotalsView } from './meal-view'
import type { PlanLibrary } from './entry-text'
import type { MoveChoice } from './MoveForm'
import { SlotCell } from './SlotCell'
import { dayTitle } from './week-text'

export interface DaySectionProps {
  date: string
  dayIndex: number
  people: Person[]
  entries: PlanEntry[]
  coverage: ReadonlyMap<string, WeekCoverage>
  /** Ids of the babies under 1 among `people`: shown, but not planned for (reference §6a.3). */
  unplanned: ReadonlySet<string>
  library: PlanLibrary
  /** Each planned person's daily targets (dailyTargets), by profile id. */
  targets: ReadonlyMap<string, DailyTargets>
  /** The app's units setting, for the grams of a meal. */
  units: UnitSystem
  search: FoodSearch
  dates: string[]
  newId: () => string
  busy: boolean
  onReplace: (label: string, before: PlanEntry[], after: PlanEntry[]) => void
  onMove: (entry: PlanEntry, choice: MoveChoice) => void
  onDropEntry: (
    entryId: string,
    target: { date: string; slot: MealSlot; profileId: string },
    copy: boolean,
  ) => void
  onRegenerateDay: (date: string) => void
  onRegenerateMeal: (date: string, slot: MealSlot, profileId: string) => void
  onCopyDay: (from: string, to: string) => void
  onClearDay: (date: string) => void
}

/**
 * A baby's day: no meals, no add or suggest controls (reference §6a.3); entries stored before
 * can still be moved or removed.
 */
function UnplannedDay({
  person,
  date,
  props,
  choices,
}: {
  person: Person
  date: string
  props: DaySectionProps
  choices: { id: string; name: string }[]
}) {
  const mine = props.entries.filter((e) => e.date === date && e.profileId === person.id)
  return (
    <div className="day-person-note">
      <p className="slot-empty">
        No meals planned: B12 Planner does not plan meals for babies under 1.
      </p>
      {mine.length > 0 ? (
        <ul
          className="plain-list entry-list"
          aria-label={`Entries saved before for ${person.name}`}
        >
          {mine.map((entry) => (
            <EntryItem
              key={entry.id}
              entry={entry}
              library={props.library}
              dates={props.dates}
              people={choices}
              onReplace={props.onReplace}
              onMove={props.onMove}
              personName={person.name}
              units={props.units}
            />
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** One day: its B12 summary per person, its meals, and day actions. */
export function DaySection(props: DaySectionProps) {
  const { date, dayIndex, people, entries, coverage, unplanned, dates, busy } = props
  const id = useId()
  const [copyTo, setCopyTo] = useState(dates.find((d) => d !== date) ?? date)
  // Meals move and copy only to people the planner plans for.
  const choices = people
    .filter((p) => !unplanned.has(p.id))
    .map((p) => ({ id: p.id, name: p.name }))
  const several = people.length > 1
  const totalsOf = (profileId: string): DayTotalsView | undefined => {
    const targets = props.targets.get(profileId)
    const mine = entries.filter((e) => e.date === date && e.profileId === profileId)
    return targets ? dayTotalsView(mine, props.library, targets) : undefined
  }
  return (
    <section className="day" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="day-title">
        {dayTitle(date)}
      </h2>
      {people
        .filter((p) => !unplanned.has(p.id))
        .map((person) => {
          const week = coverage.get(person.id)
          return (
            <DaySummary
              key={person.id}
              name={person.name}
              day={week?.days[dayIndex]}
              targetUg={week?.targetUg ?? 0}
              absorbedEstimated={week?.absorbedEstimated ?? false}
              totals={totalsOf(person.id)}
            />
          )
        })}
      {people.map((person) => (
        <div key={person.id} className="day-person">
          {several ? <h3 className="day-person-name">{person.name}</h3> : null}
          {unplanned.has(person.id) ? (
            <UnplannedDay person={person} date={date} props={props} choices={choices} />
          ) : (
            MEAL_SLOTS.map((slot) => (
              <SlotCell
                key={slot}
                {...props}
                person={person}
                slot={slot}
                people={choices}
                headingLevel={several ? 4 : 3}
                entries={entries.filter(
                  (e) => e.date === date && e.slot === slot && e.profileId === person.id,
                )}
              />
            ))
          )}
        </div>
      ))}
      {/* Day actions plan, copy and clear meals: only where someone shown is planned for (§6a.3). */}
      {choices.length > 0 ? (
        <details className="day-actions">
          <summary>More for {dayTitle(date)}</summary>
          <div className="button-row">
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => props.onRegenerateDay(date)}
            >
              Regenerate this day
            </button>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => props.onClearDay(date)}
            >
              Clear this day
            </button>
          </div>
          <div className="inline-add">
            <label htmlFor={`${id}-copy`}>Copy this day to</label>
            <select
              id={`${id}-copy`}
              value={copyTo}
              onChange={(event) => setCopyTo(event.target.value)}
            >
              {dates
                .filter((d) => d !== date)
                .map((d) => (
                  <option key={d} value={d}>
                    {dayTitle(d)}
                  </option>
                ))}
            </select>
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onCopyDay(date, copyTo)}
            >
              Copy day
            </button>
          </div>
        </details>
      ) : null}
    </section>
  )
}
