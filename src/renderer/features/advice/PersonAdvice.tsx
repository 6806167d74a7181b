import {
  CLINICIAN_ACTION_TEXTS,
  REASON_TEXTS,
  SUGGESTION_TEXTS,
  WARNING_TEXTS,
  type B12Assessment,
} from '../../../core/b12'
import type { Person } from '../../../core/profiles/person'
import { FactsTable } from '../../components/FactsTable'
import { RISK_WORDS, intakeFacts } from './advice-text'
import { SourceList } from './SourceList'
import { WhatWouldChange } from './WhatWouldChange'
import type { PersonAssessment } from './use-person-assessment'
import type { FoodRecord } from '../../../core/foods/types'

export interface PersonAdviceProps {
  person: Person
  result: PersonAssessment
  foods: ReadonlyMap<string, FoodRecord>
}

function UrgentCallout({ assessment }: { assessment: B12Assessment }) {
  if (assessment.clinicianAction !== 'urgent_same_day') return null
  const text = SUGGESTION_TEXTS.URGENT_SAME_DAY
  return (
    <div className="callout callout-urgent" role="alert">
      <h2>⚠ {text.label}</h2>
      <p>{text.text}</p>
    </div>
  )
}

function RiskSummary({ assessment }: { assessment: B12Assessment }) {
  const words = RISK_WORDS[assessment.riskLevel]
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

export function PersonAdvice({ person, result, foods }: PersonAdviceProps) {
  const { assessment } = result
  const facts = intakeFacts(assessment)
  const action = CLINICIAN_ACTION_TEXTS[assessment.clinicianAction]
  const suggestion = SUGGESTION_TEXTS[assessment.suggestionCode]
  return (
    <div className="person-advice">
      <UrgentCallout assessment={assessment} />
      <RiskSummary assessment={assessment} />
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
      {assessment.warnings.length > 0 ? (
        <section aria-labelledby="warnings-title" className="warnings">
          <h2 id="warnings-title">Important</h2>
          {assessment.warnings.map((code) => (
            <div key={code} className="callout callout-warning">
              <h3>{WARNING_TEXTS[code].label}</h3>
              <p>{WARNING_TEXTS[code].text}</p>
              <details>
                <summary>Why? ({WARNING_TEXTS[code].label})</summary>
                <SourceList sources={WARNING_TEXTS[code].sources} />
              </details>
            </div>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="reasons-title">
        <h2 id="reasons-title">Reasons</h2>
        {assessment.riskReasons.length === 0 ? <p>No risk factors were found in these details.</p> : null}
        <ul className="reason-list">
          {assessment.riskReasons.map((code) => (
            <li key={code}>
              <p className="reason-label">{REASON_TEXTS[code].label}</p>
              <details>
                <summary>Why? ({REASON_TEXTS[code].label})</summary>
                <p>{REASON_TEXTS[code].text}</p>
                <SourceList sources={REASON_TEXTS[code].sources} />
              </details>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="suggestion-title" className="suggestion">
        <h2 id="suggestion-title">What could help: {suggestion.label}</h2>
        <p>{assessment.suggestionText}</p>
        <details>
          <summary>Why? ({suggestion.label})</summary>
          <SourceList sources={suggestion.sources} />
        </details>
      </section>
      <WhatWouldChange person={person} result={result} foods={foods} />
      <section aria-labelledby="numbers-title">
        <h2 id="numbers-title">This week&apos;s B12 for {person.name}</h2>
        <FactsTable
          className="data-table facts-table"
          rows={facts.rows}
          caption={`From the meals and supplements planned for ${result.dates[0] ?? ''} to ${result.dates[6] ?? ''}`}
        />
        {facts.notEstimated ? <p className="callout callout-info">{facts.notEstimated}</p> : null}
      </section>
    </div>
  )
}
