/** The app's plan generator: the bundled worker, warmed up at start (see data/plan-generator). */
import { GenerationCancelled, type GenerateProgress, type PlanGenerator } from '../../../data'
import type { GenerateWeekInput } from '../../../../core/planning/week-context'
import type { GenerateWeekResult } from '../../../../core/planning/week-runner'
import type { FromWorker } from './messages'

export class WorkerPlanGenerator implements PlanGenerator {
  private worker: Worker
  private nextId = 1

  constructor(private readonly createWorker: () => Worker) {
    this.worker = this.start()
  }

  private start(): Worker {
    const worker = this.createWorker()
    worker.postMessage({ type: 'warm-up' })
    return worker
  }

  generate(
    input: GenerateWeekInput,
    onProgress: (progress: GenerateProgress) => void,
    signal?: AbortSignal,
  ): Promise<GenerateWeekResult> {
    const id = this.nextId++
    const worker = this.worker
    return new Promise((resolve, reject) => {
      const finish = (): void => {
        worker.removeEventListener('message', onMessage)
        signal?.removeEventListener('abort', onAbort)
      }
      const onMessage = (event: MessageEvent<FromWorker>): void => {
        const message = event.data
        if (!('id' in message) || message.id !== id) return
        if (message.type === 'progress') onProgress({ done: message.done, total: message.total })
        else if (message.type === 'result') {
          finish()
          resolve(message.result)
        } else {
          finish()
          reject(new Error(message.message))
        }
      }
      const onAbort = (): void => {
        finish()
        worker.terminate()
        this.worker = this.start()
        reject(new GenerationCancelled())
      }
      if (signal?.aborted) return onAbort()
      worker.addEventListener('message', onMessage)
      signal?.addEventListener('abort', onAbort)
      worker.postMessage({ type: 'generate', id, input })
    })
  }
}

/** The app's generator: the bundled worker. */
export function createWorkerPlanGenerator(): PlanGenerator {
  return new WorkerPlanGenerator(
    () => new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' }),
  )
}
