import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'

export function AdvicePage() {
  return (
    <>
      <PageHeading
        title="Advice"
        intro="Who may be at risk of low B12, why, and what could help, with the source of each point."
      />
      <aside className="callout callout-info" aria-label="About this advice">
        <p>
          This advice is general information from published guidance. It is not a diagnosis. If
          you have numbness, tingling, balance or memory problems, vision changes, a sore tongue or
          unusual tiredness, contact a clinician: do not rely on supplements alone.
        </p>
      </aside>
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
          then show each person&apos;s risk level, the reasons for it, and whether a supplement or a
          talk with a doctor or pharmacist is advised.
        </p>
      </EmptyState>
    </>
  )
}
