import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'

export function PlanPage() {
  return (
    <>
      <PageHeading
        title="Weekly plan"
        intro="Breakfast, lunch, dinner and snacks for each person, with the B12 each day gives."
      />
      <EmptyState
        title="No meals planned yet"
        action={
          <a className="button" href="#/household">
            Add people to your household
          </a>
        }
      >
        <p>
          Your week will appear here as a grid of days and meals. Start by adding the people you
          plan for on the Household page. Then you can add meals yourself or let the app suggest a
          whole week that meets everyone&apos;s B12 needs.
        </p>
      </EmptyState>
    </>
  )
}
