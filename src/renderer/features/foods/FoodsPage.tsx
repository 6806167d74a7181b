import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'

export function FoodsPage() {
  return (
    <>
      <PageHeading
        title="Foods"
        intro="Foods from the USDA databases, fortified products and supplements, with their B12."
      />
      <EmptyState title="The food catalogue is not loaded yet">
        <p>
          You will be able to search thousands of foods here as you type, see how much B12 a portion
          gives and where that figure comes from, and add your own foods from a product label.
        </p>
      </EmptyState>
    </>
  )
}
