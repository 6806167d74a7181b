/**
 * Small timing helpers shared by the benchmarks. They measure and print; they never judge.
 */
import { performance } from 'node:perf_hooks'

export interface Timing {
  samples: number[]
  p50: number
  p95: number
  mean: number
  min: number
  max: number
}

/** Percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

export function summarize(samples: number[]): Timing {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length
  return {
    samples,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean,
    min: Math.min(...samples),
    max: Math.max(...samples),
  }
}

/** Time `fn` `runs` times after `warmup` untimed runs; milliseconds per run. */
export async function time(fn: () => unknown, runs: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return summarize(samples)
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 3 : 1)} ms`
}

export function report(label: string, timing: Timing, target?: string): void {
  const goal = target ? `  (target ${target})` : ''
  console.log(
    `${label}: p50 ${ms(timing.p50)}, p95 ${ms(timing.p95)}, mean ${ms(timing.mean)}, n=${timing.samples.length}${goal}`,
  )
}

/** The middle value (upper middle for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
