/**
 * What the Plan page calls to generate a week. The app's implementation runs the planner's
 * worker (`features/planner`); tests pass an in-process one. Cancelling terminates the worker (a
 * HiGHS solve cannot be interrupted from outside) and starts a fresh, warmed one.
 */
import type { GenerateWeekInput } from '../../core/planning/week-context'
import type { GenerateWeekResult } from '../../core/planning/week-runner'

export interface GenerateProgress {
  done: number
  total: number
}

export class GenerationCancelled extends Error {
  override name = 'GenerationCancelled'
  constructor() {
    super('Cancelled')
  }
}

export interface PlanGenerator {
  generate(
    input: GenerateWeekInput,
    onProgress: (progress: GenerateProgress) => void,
    signal?: AbortSignal,
  ): Promise<GenerateWeekResult>
}
