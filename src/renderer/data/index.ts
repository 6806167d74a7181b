/**
 * The renderer's one data layer: the services (repos, clock, desktop bridge, plan generator) and
 * the hooks every page reads. Features get their data here, never from each other; this folder
 * imports no feature.
 */
export {
  createServices,
  localDate,
  ServicesProvider,
  systemClock,
  useServices,
  type AppServices,
  type Clock,
  type ServiceDeps,
} from './services'
export { CatalogueStore, type CatalogueLoader, type CatalogueState } from './catalogue-store'
export { useCatalogue } from './use-catalogue'
export { useHousehold } from './use-household'
export { useHouseholdRules } from './use-household-rules'
export { useSettings, type UseSettings } from './use-settings'
export { useMealsTogether, type UseMealsTogether } from './use-meals-together'
export {
  assessPerson,
  usePersonAssessment,
  type AssessmentState,
  type IntakeBasis,
  type PersonAssessment,
} from './use-person-assessment'
export { GenerationCancelled, type GenerateProgress, type PlanGenerator } from './plan-generator'
