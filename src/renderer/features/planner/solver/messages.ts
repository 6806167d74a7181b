/** Messages between the planner page and the plan worker. */
import type { GenerateWeekInput } from '../../../../core/planning/week-context'
import type { GenerateWeekResult } from '../../../../core/planning/week-runner'

export type ToWorker =
  { type: 'warm-up' } | { type: 'generate'; id: number; input: GenerateWeekInput }

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: GenerateWeekResult }
  | { type: 'error'; id: number; message: string }
