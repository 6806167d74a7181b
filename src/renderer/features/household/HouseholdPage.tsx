import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'

export function HouseholdPage() {
  return (
    <>
      <PageHeading
        title="Household"
        intro="The people you plan meals for, with what matters for their B12."
      />
      <EmptyState title="No people added yet">
        <p>
          Each person you add here gets their own B12 target, based on age, diet, pregnancy,
          medicines and health conditions. Their details stay on this computer.
        </p>
      </EmptyState>
    </>
  )
}
