/**
 * The Coverage page in Chromium for a household of 4 with 52 weeks of planned meals (about 6,000
 * plan entries): mount → first chart drawn (target < 200 ms), mount → all charts, and switching
 * to one person → their daily chart. Prints figures; never judges.
 * Run: node --import tsx bench/coverage-render.bench.ts
 */
import { median, ms } from './harness'
import { runBenchPage } from './browser-runner'

const RUNS = 5

async function main(): Promise<void> {
  const runs = await runBenchPage('coverage', RUNS)
  if (!runs) return
  const figure = (key: string): number => median(runs.map((run) => run[key] as number))
  console.log(
    `coverage page, household of 4, ${String(runs[0]?.['entries'])} plan entries over 52 weeks; ${RUNS} runs, medians:`,
  )
  console.log(
    `  mount → first chart drawn (household comparison): ${ms(figure('firstChartMs'))}  (target < 200 ms)`,
  )
  console.log(
    `  of which mount → data read and first chart card committed: ${ms(figure('dataReadyMs'))}`,
  )
  console.log(
    `  parts, warm: read 8 weeks from IndexedDB ${ms(figure('queryMs'))}; build chart data ${ms(figure('buildViewMs'))}`,
  )
  console.log(`  mount → all charts drawn (trend): ${ms(figure('allChartsMs'))}`)
  console.log(`  switch to one person → daily chart drawn: ${ms(figure('switchToPersonMs'))}`)
  console.log(
    `  all runs, first chart: ${runs.map((run) => ms(run['firstChartMs'] as number)).join(', ')}`,
  )
}

void main()
