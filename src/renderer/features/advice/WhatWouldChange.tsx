import { useId, useState } from 'react'
import { RISK_WORDS } from './advice-text'
import type { FoodRecord } from '../../../core/foods/types'
import type { Person } from '../../../core/profiles/person'
import { WEEKDAYS } from '../../../core/profiles/person'
import { useServices } from '../../app/services'
import { proposalFor } from './suggested-supplement'
import { assessPerson, type PersonAssessment } from './use-person-assessment'

export interface WhatWouldChangeProps {
  person: Person
  result: PersonAssessment
  foods: ReadonlyMap<string, FoodRecord>
  /** Added to the heading, e.g. " for Ana", where several appear on one page. */
  headingSuffix?: string
}

/**
 * "What would change this": the suggested supplement, what the assessment would then say
 * (computed by the same core function), and a button that adds it to the person's plan.
 */
export function WhatWouldChange({ person, result, foods, headingSuffix }: WhatWouldChangeProps) {
  const { profiles, clock, newId } = useServices()
  const titleId = useId()
  const [error, setError] = useState<string | null>(null)
  const proposal = proposalFor(result.assessment.suggestionCode, foods.values())
  if (!proposal) return null
  const withSupplement = (id: string): Person => ({
    ...person,
    supplements: [...person.supplements, { id, foodId: proposal.food.id, units: 1, slot: 'breakfast', days: [...WEEKDAYS] }],
  })
  const withIt = withSupplement('preview')
  const after = assessPerson(withIt, result.entries, result.dates, foods, clock.today(), result.recipes).assessment
  const add = (): void => {
    setError(null)
    profiles.save(withSupplement(newId())).catch((cause: unknown) => setError(`It could not be added: ${String(cause)}`))
  }
  return (
    <section aria-labelledby={titleId} className="what-would-change">
      <h2 id={titleId}>What would change this{headingSuffix ?? ''}</h2>
      <p>
        Adding {proposal.description} ({proposal.food.name}) to {person.name}&apos;s plan would give an estimated{' '}
        <strong>{after.effectiveCoveragePct === null ? 'unknown share' : `${Math.round(after.effectiveCoveragePct)} %`}</strong> of the
        absorbed B12 needed, and the risk would read <strong>{RISK_WORDS[after.riskLevel].title.toLowerCase()}</strong>.
      </p>
      <button type="button" className="button" onClick={add}>
        Add {proposal.description} to {person.name}&apos;s plan
      </button>
      {error ? <p role="alert" className="callout callout-error">{error}</p> : null}
      <p className="hint">You can change or remove it later on the Household page. Check with your pharmacist if you take other medicines.</p>
    </section>
  )
}
