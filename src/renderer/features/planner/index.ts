/** The Plan page, and the app's plan generator (the worker). */
export { PlanPage } from './PlanPage'
export { createWorkerPlanGenerator } from './solver/plan-generator'
