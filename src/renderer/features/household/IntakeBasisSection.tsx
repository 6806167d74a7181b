import { useEffect, useRef, useState } from 'react'
import type { Person } from '../../../core/profiles/person'
import { personAge } from '../../../core/profiles/to-assessment'
import { useServices } from '../../data'
import {
  IntakeBasisNote,
  intakeBasisText,
  type IntakeBasisKind,
} from '../../components/IntakeBasisNote'
import { UsualWeekStep } from './UsualWeekStep'

/** The basis sentence for the doctor summary (its reader is not the person, so the name is used). */
export function summaryBasisText(
  person: Person,
  result: { basis: IntakeBasisKind; input: { ageYears: number } },
): string {
  return intakeBasisText({
    basis: result.basis,
    name: person.name,
    infant: result.input.ageYears < 1,
    hasSupplements: person.supplements.length > 0,
  })
}

export interface IntakeBasisSectionProps {
  person: Person
  basis: IntakeBasisKind
}

/**
 * The Advice page's basis line, with the "What do you usually eat?" step behind a button: offered
 * when intake is unknown (and to change a usual week in use), never for babies under 1 (§6a.3).
 * Opening moves focus into the step; saving or cancelling moves it back to the basis line.
 * Give it `key={person.id}` so switching person closes the step.
 */
export function IntakeBasisSection({ person, basis }: IntakeBasisSectionProps) {
  const { clock } = useServices()
  // Coverage links here with "&step=usual-week" so the step opens straight away.
  const [open, setOpen] = useState(
    () =>
      new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('step') === 'usual-week',
  )
  const [status, setStatus] = useState<string | null>(null)
  const [refocus, setRefocus] = useState(0)
  const noteRef = useRef<HTMLDivElement>(null)
  const infant = personAge(person, clock.today()) < 1

  useEffect(() => {
    if (refocus > 0) noteRef.current?.focus()
  }, [refocus])

  const openStep = (): void => {
    setStatus(null)
    setOpen(true)
  }
  const close = (message: string | null): void => {
    setOpen(false)
    setStatus(message)
    setRefocus((n) => n + 1)
  }
  const describe = open ? null : (
    <button type="button" className="button" onClick={openStep}>
      Describe a usual week
    </button>
  )
  return (
    <div className="intake-basis-section no-print">
      <IntakeBasisNote
        ref={noteRef}
        basis={basis}
        name={person.name}
        infant={infant}
        hasSupplements={person.supplements.length > 0}
        action={describe}
      />
      <div role="status" aria-live="polite">
        {status ? <p>{status}</p> : null}
      </div>
      {basis === 'usual' && !infant && !open ? (
        <button type="button" className="button button-secondary" onClick={openStep}>
          Change {person.name}&apos;s usual week
        </button>
      ) : null}
      {open && !infant ? (
        <UsualWeekStep
          key={person.id}
          person={person}
          onSaved={() => close(`Saved ${person.name}'s usual week.`)}
          onCancel={() => close(null)}
        />
      ) : null}
    </div>
  )
}
