import { useState } from 'react'
import type { B12Assessment } from '../../../core/b12'
import type { FoodRecord } from '../../../core/foods/types'
import type { Person } from '../../../core/profiles/person'
import { useServices } from '../../data'
import { FactsTable } from '../../components/FactsTable'
import { SaveOutcome, type SaveOutcomeValue } from '../../components/SaveOutcome'
import { summaryModel } from './summary-model'

export interface DoctorSummaryProps {
  person: Person
  assessment: B12Assessment
  foods: ReadonlyMap<string, FoodRecord>
  onBack: () => void
  /** Which intake the figures rest on ("Based on your usual week" …), from the shared basis text. */
  basisText?: string
}

/** The one-page, large-print summary to take to a doctor or pharmacist; prints and saves as PDF. */
export function DoctorSummary({
  person,
  assessment,
  foods,
  onBack,
  basisText,
}: DoctorSummaryProps) {
  const { desktop, clock } = useServices()
  const [outcome, setOutcome] = useState<SaveOutcomeValue | null>(null)
  const model = summaryModel(person, assessment, foods, clock.today())
  const savePdf = (): void => {
    setOutcome(null)
    desktop
      .printToPdf({
        suggestedName: `B12 summary ${person.name} ${clock.today()}.pdf`.replace(/[/\\]/g, '-'),
        landscape: false,
      })
      .then((result) => {
        if (result.ok) setOutcome({ kind: 'saved', text: `Saved: ${result.path}` })
        else if (result.reason === 'error')
          setOutcome({ kind: 'failed', text: `The PDF could not be saved: ${result.message}` })
      })
      .catch((error: unknown) =>
        setOutcome({ kind: 'failed', text: `The PDF could not be saved: ${String(error)}` }),
      )
  }
  return (
    <article className="doctor-summary" aria-labelledby="summary-title">
      <div className="button-row no-print">
        <button type="button" className="button" onClick={savePdf}>
          Save as PDF
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          Back to the advice
        </button>
      </div>
      <SaveOutcome outcome={outcome} className="no-print" />
      <h2 id="summary-title">{model.title}</h2>
      <p>{model.prepared}</p>
      <h3>Details</h3>
      <dl className="facts">
        {model.details.map((row) => (
          <div key={row.label} className="facts-row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <h3>Medicines</h3>
      {model.medicines.length > 0 ? (
        <ul>
          {model.medicines.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : (
        <p>None entered.</p>
      )}
      <h3>B12 supplements</h3>
      {model.supplements.length > 0 ? (
        <ul>
          {model.supplements.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : (
        <p>None entered.</p>
      )}
      <h3>B12 intake, a day on average</h3>
      {basisText ? <p className="intake-basis">{basisText}</p> : null}
      <FactsTable rows={model.intake} />
      {model.notEstimated ? <p>{model.notEstimated}</p> : null}
      <h3>Risk of low B12</h3>
      <p>{model.risk}</p>
      {model.reasons.length > 0 ? (
        <ul>
          {model.reasons.map((reason) => (
            <li key={reason.label}>
              {reason.label} <span className="hint">Source: {reason.sources}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>Questions to ask</h3>
      <ol>
        {model.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      <h3>Please note</h3>
      <ul>
        {model.disclaimers.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </article>
  )
}
