import { useId, useState } from 'react'
import { riskWords } from './advice-text'
import type { FoodRecord } from '../../../core/foods/types'
import type { Person } from '../../../core/profiles/person'
import { WEEKDAYS } from '../../../core/profiles/person'
import { StatusMessage } from '../../components/StatusMessage'
import { assessPerson, useServices, type PersonAssessment } from '../../data'
import { proposalFor, type SupplementProposal } from './suggested-supplement'

export interface WhatWouldChangeProps {
  person: Person
  result: PersonAssessment
  foods: ReadonlyMap<string, FoodRecord>
  /** Added to the heading, e.g. " for Ana", where several appear on one page. */
  headingSuffix?: string
}

function Preview({
  person,
  result,
  foods,
  proposal,
}: Omit<WhatWouldChangeProps, 'headingSuffix'> & { proposal: SupplementProposal }) {
  const { clock } = useServices()
  const withIt: Person = {
    ...person,
    supplements: [
      ...person.supplements,
      { id: 'preview', foodId: proposal.food.id, units: 1, slot: 'breakfast', days: [...WEEKDAYS] },
    ],
  }
  const after = assessPerson(
    withIt,
    result.entries,
    result.dates,
    foods,
    clock.today(),
    result.recipes,
  ).assessment
  // With unknown intake a preview would count the tablet alone; it says so instead (§6a.2).
  if (result.assessment.intakeUgPerDay === null || after.effectiveCoveragePct === null) {
    return (
      <p>
        Adding {proposal.description} ({proposal.food.name}) to {person.name}&apos;s plan is one way
        to follow the advice above. How much B12 {person.name} would then absorb cannot be estimated
        until what is eaten is known.
      </p>
    )
  }
  return (
    <p>
      Adding {proposal.description} ({proposal.food.name}) to {person.name}&apos;s plan would give
      an estimated <strong>{Math.round(after.effectiveCoveragePct)} %</strong> of the absorbed B12
      needed, and the risk would read <strong>{riskWords(after).title.toLowerCase()}</strong>.
    </p>
  )
}

/**
 * "What would change this": the supplement of the person's own suggestion code and only that
 * (rule base v1.1 §6a.6; none where the code names no dose), what the assessment would then say
 * (computed by the same core function), and a button that adds it to the person's plan. Once
 * the person takes that supplement it is not offered again; after adding, focus moves to the
 * shared status message (the button is gone), and a failure is an alert that takes focus.
 */
export function WhatWouldChange({ person, result, foods, headingSuffix }: WhatWouldChangeProps) {
  const { profiles, newId } = useServices()
  const titleId = useId()
  const [error, setError] = useState<string | null>(null)
  const [added, setAdded] = useState<string | null>(null)
  const offered = proposalFor(result.assessment.suggestionCode, foods.values())
  const proposal =
    offered && !person.supplements.some((s) => s.foodId === offered.food.id) ? offered : null
  if (!proposal && !added) return null
  const add = (chosen: SupplementProposal): void => {
    setError(null)
    const supplement = {
      id: newId(),
      foodId: chosen.food.id,
      units: 1,
      slot: 'breakfast' as const,
      days: [...WEEKDAYS],
    }
    profiles
      .save({ ...person, supplements: [...person.supplements, supplement] })
      .then(() =>
        setAdded(`Added ${chosen.description} (${chosen.food.name}) to ${person.name}'s plan.`),
      )
      .catch((cause: unknown) => setError(`It could not be added: ${String(cause)}`))
  }
  return (
    <section aria-labelledby={titleId} className="what-would-change">
      <h2 id={titleId}>What would change this{headingSuffix ?? ''}</h2>
      <StatusMessage message={added} error={error} />
      {proposal ? (
        <>
          <Preview person={person} result={result} foods={foods} proposal={proposal} />
          <button type="button" className="button" onClick={() => add(proposal)}>
            Add {proposal.description} to {person.name}&apos;s plan
          </button>
        </>
      ) : null}
      <p className="hint">
        You can change or remove it later on the Household page. Check with your pharmacist if you
        take other medicines.
      </p>
    </section>
  )
}
