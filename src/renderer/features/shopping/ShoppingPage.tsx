import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'

export function ShoppingPage() {
  return (
    <>
      <PageHeading
        title="Shopping list"
        intro="Everything the week's plan needs, in shop quantities, grouped by aisle."
      />
      <EmptyState
        title="Your list is empty"
        action={
          <a className="button" href="#/plan">
            Go to the weekly plan
          </a>
        }
      >
        <p>
          When a week is planned, its ingredients appear here, added up across recipes and people,
          minus what you already have in the pantry. You can tick items off, print the list, or
          save it as a spreadsheet, a checklist or a PDF.
        </p>
      </EmptyState>
    </>
  )
}
