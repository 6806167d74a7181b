import type { ReactNode } from 'react'
import {
  explainClinicianAction,
  explainContextOf,
  explainReason,
  explainSuggestion,
  explainWarning,
  type B12Assessment,
  type ExplainContext,
} from '../../../core/b12'
import type { FoodRecord } from '../../../core/foods/types'
import type { Person } from '../../../core/profiles/person'
import { FactsTable } from '../../components/FactsTable'
import { intakeFacts, riskWords } from './advice-text'
import { SourceList } from './SourceList'
import { UnlistedMedicines } from './UnlistedMedicines'
import { WhatWouldChange } from './WhatWouldChange'
import type { PersonAssessment } from '../../data'

export interface PersonAdviceProps {
  person: Person
  result: PersonAssessment
  foods: ReadonlyMap<string, FoodRecord>
  /**
   * Slot for the line that says what the numbers are based on ("Based on the meals planned this
   * week" / "Based on your usual week" / not known, with the usual-week step), shown under the
   * risk summary. Filled by the page.
   */
  basis?: ReactNode
}

function UrgentCallout({ assessment, ctx }: { assessment: B12Assessment; ctx: ExplainContext }) {
  if (assessment.clinicianAction !== 'urgent_same_day') return null
  const text = explainSuggestion('URGENT_SAME_DAY', ctx)
  return (
    <div className="callout callout-urgent" role="alert">
      <h2>⚠ {text.label}</h2>
      <p>{text.text}</p>
    </div>
  )
}

function RiskSummary({ assessment }: { assessment: B12Assessment }) {
  const words = riskWords(assessment)
  return (
    <section className={`risk-box risk-${assessment.riskLevel}`} aria-labelledby="risk-title">
      <h2 id="risk-title">
        <span aria-hidden="true" className="risk-symbol">
          {words.symbol}
        </span>{' '}
        {words.title}
      </h2>
      <p>{words.text}</p>
    </section>
  )
}

function Warnings({ assessment, ctx }: { assessment: B12Assessment; ctx: ExplainContext }) {
  if (assessment.warnings.length === 0) return null
  return (
    <section aria-labelledby="warnings-title" className="warnings">
      <h2 id="warnings-title">Important</h2>
      {assessment.warnings.map((code) => {
        const warning = explainWarning(code, ctx)
        return (
          <div key={code} className="callout callout-warning">
            <h3>{warning.label}</h3>
            <p>{warning.text}</p>
            <details>
              <summary>Why? ({warning.label})</summary>
              <SourceList sources={warning.sources} />
            </details>
          </div>
        )
      })}
    </section>
  )
}

function Reasons({ assessment, ctx }: { assessment: B12Assessment; ctx: ExplainContext }) {
  return (
    <section aria-labelledby="reasons-title">
      <h2 id="reasons-title">Reasons</h2>
      {assessment.riskReasons.length === 0 ? (
        <p>No risk factors were found in these details.</p>
      ) : null}
      <ul className="reason-list">
        {assessment.riskReasons.map((code) => {
          const reason = explainReason(code, ctx)
          return (
            <li key={code}>
              <p className="reason-label">{reason.label}</p>
              <details>
                <summary>Why? ({reason.label})</summary>
                <p>{reason.text}</p>
                <SourceList sources={reason.sources} />
              </details>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

export function PersonAdvice({ person, result, foods, basis }: PersonAdviceProps) {
  const { assessment } = result
  // Texts and sources chosen for this person: NICE only from 16, ADA only with metformin (§6a.7).
  const ctx = explainContextOf(result.input)
  const facts = intakeFacts(assessment)
  const action = explainClinicianAction(assessment.clinicianAction, ctx)
  const suggestion = explainSuggestion(assessment.suggestionCode, ctx)
  const known = assessment.intakeUgPerDay !== null
  return (
    <div className="person-advice">
      <UrgentCallout assessment={assessment} ctx={ctx} />
      <RiskSummary assessment={assessment} />
      {basis}
      {assessment.clinicianAction !== 'none' && assessment.clinicianAction !== 'urgent_same_day' ? (
        <section className="callout callout-clinician" aria-labelledby="clinician-title">
          <h2 id="clinician-title">{action.label}</h2>
          <p>{action.text}</p>
          <details>
            <summary>Why? ({action.label})</summary>
            <SourceList sources={action.sources} />
          </details>
        </section>
      ) : null}
      <Warnings assessment={assessment} ctx={ctx} />
      <Reasons assessment={assessment} ctx={ctx} />
      <UnlistedMedicines person={person} />
      <section aria-labelledby="suggestion-title" className="suggestion">
        <h2 id="suggestion-title">What could help: {suggestion.label}</h2>
        <p>{suggestion.text}</p>
        <details>
          <summary>Why? ({suggestion.label})</summary>
          <SourceList sources={suggestion.sources} />
        </details>
      </section>
      <WhatWouldChange person={person} result={result} foods={foods} />
      <section aria-labelledby="numbers-title">
        <h2 id="numbers-title">B12 for {person.name}, a day on average</h2>
        <FactsTable
          className="data-table facts-table"
          rows={facts.rows}
          caption={
            !known
              ? 'What is eaten is not known yet'
              : result.basis === 'usual'
                ? 'A usual week, as described'
                : `Week of ${result.dates[0] ?? ''} to ${result.dates[6] ?? ''}`
          }
        />
        {facts.notEstimated ? <p className="callout callout-info">{facts.notEstimated}</p> : null}
      </section>
    </div>
  )
}
