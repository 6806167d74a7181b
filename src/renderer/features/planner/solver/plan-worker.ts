/**
 * The plan generator off the UI thread: HiGHS (WASM) wrapped by the core adapter, running the
 * core's generateWeek. Reports progress after every day solve. Started at app start and warmed
 * with a tiny model, because the first solve is several times slower than later ones.
 */
import highsLoader from 'highs'
import highsWasmUrl from 'highs/runtime?url'
import { generateWeek } from '../../../../core/planning/generate-week'
import {
  highsMipSolver,
  type HighsModule,
  type HighsMipSolver,
} from '../../../../core/planning/highs-adapter'
import { plansMealsFor } from '../../../../core/planning/person'
import type { LinearModel } from '../../../../core/planning/linear-model'
import type { FromWorker, ToWorker } from './messages'

const post = (message: FromWorker): void => self.postMessage(message)

let solver: Promise<HighsMipSolver> | null = null
function getSolver(): Promise<HighsMipSolver> {
  solver ??= (
    highsLoader({ locateFile: () => highsWasmUrl }) as unknown as Promise<HighsModule>
  ).then((highs) => highsMipSolver(highs))
  return solver
}

/** Solves the person-days of this request, for the progress bar (babies under 1 are skipped, §6a.3). */
function solveCount(input: Extract<ToWorker, { type: 'generate' }>['input']): number {
  const scope = input.scope ?? { kind: 'week' }
  const days = scope.kind === 'week' ? 7 : 1
  return days * input.people.filter(plansMealsFor).length
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'warm-up') {
    await (await getSolver()).warmUp()
    post({ type: 'ready' })
    return
  }
  const { id, input } = message
  try {
    const base = await getSolver()
    const total = solveCount(input)
    let done = 0
    const counting = {
      solve: async (model: LinearModel) => {
        const solution = await base.solve(model)
        done = Math.min(done + 1, total)
        post({ type: 'progress', id, done, total })
        return solution
      },
    }
    post({ type: 'progress', id, done: 0, total })
    post({ type: 'result', id, result: await generateWeek(input, counting) })
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) })
  }
}
