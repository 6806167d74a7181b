import { joinWords } from '../../../core/coverage/format'
import type { PersonWeekView } from './coverage-view'
import { usualWeekStepHref } from './UnknownIntake'

export interface HouseholdBasisProps {
  people: readonly PersonWeekView[]
  /** "this week", or "for 23–29 November" when another week is shown. */
  weekWords: string
}

/** Whose figures rest on planned meals, whose on a usual week, and whose intake is not known yet. */
export function HouseholdBasis({ people, weekWords }: HouseholdBasisProps) {
  const names = (basis: PersonWeekView['basis']): string[] => people.filter((p) => p.basis === basis).map((p) => p.person.name)
  const planned = names('planned')
  const usual = names('usual')
  const unknown = people.filter((p) => p.basis === 'unknown')
  return (
    <div className="intake-basis">
      {planned.length > 0 ? <p>Based on the meals planned {weekWords}: {joinWords(planned)}.</p> : null}
      {usual.length > 0 ? <p>Based on the usual week described: {joinWords(usual)}.</p> : null}
      {unknown.length > 0 ? (
        <>
          <p>
            Not known yet, so not charted (nothing planned and no usual week): {joinWords(unknown.map((p) => p.person.name))}.
          </p>
          <ul className="plain-list">
            {unknown
              .filter((p) => p.result.input.ageYears >= 1)
              .map((p) => (
                <li key={p.person.id}>
                  <a href={usualWeekStepHref(p.person.id)}>Describe a usual week for {p.person.name}</a>
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
