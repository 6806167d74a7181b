/** The Household page, and the intake-basis section Advice shows too. */
export { HouseholdPage } from './HouseholdPage'
export { IntakeBasisSection, summaryBasisText } from './IntakeBasisSection'
