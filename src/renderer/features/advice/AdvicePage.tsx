import { DISCLAIMERS } from '../../../core/b12'
import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'
import { IntakeBasisSection, summaryBasisText } from '../household'
import { useHousehold } from '../../data'
import { DoctorSummary } from './DoctorSummary'
import { PersonAdvice } from './PersonAdvice'
import { useAdviceRoute } from './use-advice-route'
import { usePersonAssessment } from '../../data'

function Disclaimers() {
  return (
    <aside className="callout callout-info disclaimers" aria-labelledby="disclaimer-title">
      <h2 id="disclaimer-title">Please read</h2>
      <ul>
        {Object.values(DISCLAIMERS).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </aside>
  )
}

export function AdvicePage() {
  const people = useHousehold()
  const [route, go] = useAdviceRoute()
  const person = people?.find((candidate) => candidate.id === route.personId) ?? people?.[0]
  const state = usePersonAssessment(person)

  if (people && people.length === 0) {
    return (
      <>
        <PageHeading
          title="Advice"
          intro="Who may be at risk of low B12, why, and what could help, with the source of each point."
        />
        <Disclaimers />
        <EmptyState
          title="No one to advise yet"
          action={
            <a className="button" href="#/household">
              Add a person
            </a>
          }
        >
          <p>
            Add the people in your household with their age, diet and any medicines. This page will
            then show each person&apos;s risk level, the reasons for it, and whether a supplement or
            a talk with a doctor or pharmacist is advised.
          </p>
        </EmptyState>
      </>
    )
  }

  const ready = state.status === 'ready' && person ? state : null
  if (route.summary && ready && person) {
    return (
      <>
        <PageHeading title="Summary for a doctor or pharmacist" />
        <DoctorSummary
          person={person}
          assessment={ready.result.assessment}
          foods={ready.foods}
          onBack={() => go({ personId: person.id, summary: false })}
          basisText={summaryBasisText(person, ready.result)}
        />
      </>
    )
  }

  return (
    <>
      <PageHeading
        title="Advice"
        intro="Who may be at risk of low B12, why, and what could help, with the source of each point."
      />
      {people && people.length > 1 ? (
        <div className="form-field person-picker">
          <label htmlFor="advice-person">Advice for</label>
          <select
            id="advice-person"
            value={person?.id ?? ''}
            onChange={(event) => go({ personId: event.target.value, summary: false })}
          >
            {people.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {person ? <h2 className="advice-person-name">{person.name}</h2> : null}
      {state.status === 'loading' ? <p role="status">Working out the advice…</p> : null}
      {state.status === 'error' ? (
        <p role="alert" className="callout callout-error">
          The advice could not be worked out from these details: {state.message}. Please check the
          person&apos;s details on the Household page.
        </p>
      ) : null}
      {ready && person ? (
        <>
          <PersonAdvice
            person={person}
            result={ready.result}
            foods={ready.foods}
            basis={
              <IntakeBasisSection key={person.id} person={person} basis={ready.result.basis} />
            }
          />
          <p className="no-print">
            <button
              type="button"
              className="button"
              onClick={() => go({ personId: person.id, summary: true })}
            >
              One-page summary for a doctor or pharmacist
            </button>
          </p>
        </>
      ) : null}
      <Disclaimers />
    </>
  )
}
