import { IntakeBasisNote } from '../../components/IntakeBasisNote'
import type { PersonWeekView } from './coverage-view'

export interface UnknownIntakeProps {
  /** The people in scope whose intake is not known this week (none planned, no usual week). */
  people: readonly PersonWeekView[]
  rangeLabel: string
}

/** The hash that opens a person's Advice page with the usual-week step already open. */
export const usualWeekStepHref = (personId: string): string => `#/advice?person=${encodeURIComponent(personId)}&step=usual-week`

/**
 * Coverage when nothing is known about what the people in scope eat: no charts of zeros (unknown
 * intake is not zero intake, reference §6a.2), but why, and the two ways to get figures.
 */
export function UnknownIntake({ people, rangeLabel }: UnknownIntakeProps) {
  return (
    <section className="empty-state" aria-labelledby="unknown-intake-title">
      <h2 id="unknown-intake-title">No B12 figures for this week yet</h2>
      <p>Nothing is planned in the week of {rangeLabel}, and there is no usual week to go by, so there is nothing to chart.</p>
      {people.map(({ person, result }) => (
        <IntakeBasisNote
          key={person.id}
          basis="unknown"
          name={person.name}
          infant={result.input.ageYears < 1}
          hasSupplements={person.supplements.length > 0}
          action={
            <a className="button" href={usualWeekStepHref(person.id)}>
              Describe a usual week for {person.name}
            </a>
          }
        />
      ))}
      <p>
        <a className="button button-secondary" href="#/plan">
          Go to the weekly plan
        </a>
      </p>
    </section>
  )
}
