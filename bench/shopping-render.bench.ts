/**
 * The Shopping list in Chromium for a household of 4 with 4 weeks of planned meals (about 560
 * plan entries, starter recipes): building the list alone, mount → first list drawn (1 week), and
 * switching to 4 weeks → the 4-week list drawn (target under 100 ms). Prints figures; never judges.
 * Run: node --import tsx bench/shopping-render.bench.ts
 */
import { median, ms, report, summarize } from './harness'
import { runBenchPage } from './browser-runner'

const RUNS = 5

async function main(): Promise<void> {
  const runs = await runBenchPage('shopping', RUNS)
  if (!runs) return
  const figure = (key: string): number => median(runs.map((run) => run[key] as number))
  const first = runs[0] ?? {}
  console.log(
    `shopping list, household of 4 × 4 weeks: ${String(first['entries'])} plan entries → ${String(first['lines'])} lines (${String(first['drawn'])} drawn; ${String(first['subtitle'])}); ${RUNS} runs, medians:`,
  )
  report(
    '  build the 4-week list (aggregate, shop units, aisles, checks) in Chromium',
    summarize(runs.flatMap((run) => run['buildMs'] as number[])),
  )
  console.log(`  mount → this week's list drawn: ${ms(figure('mountMs'))}`)
  console.log(
    `  switch to 4 weeks → 4-week list drawn (query, build, render): ${ms(figure('switchTo4WeeksMs'))}  (target < 100 ms)`,
  )
  console.log(
    `  all runs, switch to 4 weeks: ${runs.map((run) => ms(run['switchTo4WeeksMs'] as number)).join(', ')}`,
  )
}

void main()
