/**
 * The Shopping list in Chromium for a household of 4 with 4 weeks of planned meals (about 560
 * plan entries, starter recipes): building the list alone, mount → first list drawn (1 week), and
 * switching to 4 weeks → the 4-week list drawn (target under 100 ms). Prints figures; never judges.
 * Run: node --import tsx bench/shopping-render.bench.ts
 */
import { ms, report, summarize } from './harness'
import { launchChromium, serveBenchPage } from './browser-runner'

const RUNS = 5

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

async function main(): Promise<void> {
  const browser = await launchChromium()
  if (!browser) {
    console.log('Chromium not found (set CHROMIUM_PATH): shopping figures skipped')
    return
  }
  const served = await serveBenchPage('shopping')
  const runs: Record<string, number | number[] | string>[] = []
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      await page.goto(served.url)
      await page.waitForFunction(() => window.__benchResult !== undefined, null, {
        timeout: 120_000,
      })
      const result = await page.evaluate(() => window.__benchResult ?? { error: 'no result' })
      if (typeof result['error'] === 'string') throw new Error(result['error'])
      runs.push(result)
      await context.close()
    }
  } finally {
    await browser.close()
    await served.stop()
  }
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
