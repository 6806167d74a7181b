import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'

export function CoveragePage() {
  return (
    <>
      <PageHeading
        title="B12 coverage"
        intro="How much B12 each day, meal and week gives, compared with the recommended amount."
      />
      <EmptyState
        title="Nothing to chart yet"
        action={
          <a className="button" href="#/plan">
            Go to the weekly plan
          </a>
        }
      >
        <p>
          Once a week is planned, charts here show each day&apos;s B12 against the recommended daily
          amount, and an estimate of how much the body absorbs. Every chart also has a one-sentence
          summary and a table of its numbers.
        </p>
      </EmptyState>
    </>
  )
}
