import { forwardRef, type ReactNode } from 'react'

/** What a page's B12 figures rest on (the same three cases as use-person-assessment's IntakeBasis). */
export type IntakeBasisKind = 'planned' | 'usual' | 'unknown'

export interface IntakeBasisNoteProps {
  basis: IntakeBasisKind
  name: string
  /** Babies under 1: the app does not count their feeding at all (reference §6a.3). */
  infant: boolean
  /** The person's profile lists regular B12 supplements. */
  hasSupplements: boolean
  /** "this week" (default) or e.g. "the week shown" on a page with a week picker. */
  weekWords?: string
  /** Shown after the unknown-intake sentence: the "Describe a usual week" button or link. */
  action?: ReactNode
}

/** The sentence for a basis, shared by the pages and their tests. */
export function intakeBasisText({
  basis,
  name,
  infant,
  hasSupplements,
  weekWords = 'this week',
}: Omit<IntakeBasisNoteProps, 'action'>): string {
  if (infant) {
    return `B12 Planner does not estimate what ${name} gets: breast milk and infant formula are outside what it can plan or count. The baby's health visitor or clinician can say how the baby gets B12.`
  }
  if (basis === 'planned') return `Based on the meals planned ${weekWords}.`
  if (basis === 'usual')
    return `Based on your usual week: what ${name} usually eats, as described. Meals planned for a week take its place.`
  const supplement = hasSupplements
    ? ` We know about the supplement ${name} takes, but not ${name}'s meals.`
    : ''
  return `B12 Planner does not know yet what ${name} usually eats, so it cannot check ${name}'s B12 intake. Nothing is counted as zero.${supplement} Describe a usual week, or plan some meals, and the figures will appear.`
}

/**
 * One line saying which intake the figures on a page are based on: the planned week, the usual
 * week, or neither (intake unknown, reference §6a.2). It can take focus, so a page can move focus
 * here after the usual week is saved.
 */
export const IntakeBasisNote = forwardRef<HTMLDivElement, IntakeBasisNoteProps>(
  function IntakeBasisNote(props, ref) {
    const { basis, infant, action } = props
    const unknown = basis === 'unknown' || infant
    return (
      <div
        ref={ref}
        tabIndex={-1}
        className={unknown ? 'intake-basis callout callout-info' : 'intake-basis'}
        data-basis={infant ? 'infant' : basis}
      >
        <p>{intakeBasisText(props)}</p>
        {unknown && !infant && action ? action : null}
      </div>
    )
  },
)
