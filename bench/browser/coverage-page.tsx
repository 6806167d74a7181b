/**
 * Runs inside Chromium: a household of 4 with 52 weeks of planned meals in IndexedDB, then times
 * the Coverage page from mount to its first chart with bars (household view), and switching to
 * one person until that person's daily chart is drawn. Results go to window.__benchResult.
 */
import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import catalogueUrl from '../../resources/foods/catalogue.json?url'
import { decodeCatalogue } from '../../src/core/foods/catalogue-format'
import { encodeCatalogue } from '../../src/core/foods/catalogue-encode'
import { foodId } from '../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  type MealSlot,
  type PlanEntry,
} from '../../src/core/planning/types'
import { addDays, mondayOf } from '../../src/core/dates'
import { grams } from '../../src/core/units'
import { createServices, localDate, ServicesProvider } from '../../src/renderer/app/services'
import { AppDb } from '../../src/renderer/db/app-db'
import { createPlanRepo } from '../../src/renderer/db/repos/plan-repo'
import { CoveragePage } from '../../src/renderer/features/coverage/CoveragePage'
import {
  buildCoverageView,
  coverageRange,
} from '../../src/renderer/features/coverage/coverage-view'
import { createBrowserApi } from '../../src/renderer/platform/browser'

declare global {
  interface Window {
    __benchResult?: Record<string, number | number[] | string>
  }
}

const FOODS = ['sr28:16139', 'sr28:01077', 'sr28:01123', 'sr28:15076', 'sr28:13325', 'sr28:09040']
const SLOTS: MealSlot[] = ['breakfast', 'lunch', 'dinner', 'snack']
const PEOPLE = [
  { id: 'b1', name: 'Rosa', ageYears: 72, sex: 'F', diet: 'vegan' },
  { id: 'b2', name: 'Sam', ageYears: 45, sex: 'M', diet: 'omnivore' },
  { id: 'b3', name: 'Ada', ageYears: 15, sex: 'F', diet: 'lacto_ovo_vegetarian' },
  {
    id: 'b4',
    name: 'Ben',
    ageYears: 80,
    sex: 'M',
    diet: 'omnivore',
    medications: [{ text: 'Glucophage', class: 'metformin', years: 5 }],
  },
]

function plannedYear(today: string): PlanEntry[] {
  const start = addDays(mondayOf(today), -51 * 7)
  const entries: PlanEntry[] = []
  let n = 0
  for (let day = 0; day < 52 * 7 + 7; day++) {
    const date = addDays(start, day)
    PEOPLE.forEach((person, p) => {
      SLOTS.forEach((slot, s) => {
        const food = FOODS[(day + p + s) % FOODS.length] ?? 'sr28:16139'
        entries.push({
          id: planEntryId(`b${n++}`),
          profileId: profileId(person.id),
          date,
          slot,
          item: { kind: 'food', foodId: foodId(food), grams: grams(150 + 10 * s) },
          locked: false,
        })
      })
      if (day % 7 === 2)
        entries.push({
          id: planEntryId(`b${n++}`),
          profileId: profileId(person.id),
          date,
          slot: 'breakfast',
          item: {
            kind: 'supplement',
            foodId: foodId('curated:b12-tablet-25-cyanocobalamin'),
            units: 1,
          },
          locked: false,
        })
    })
  }
  return entries
}

function whenDrawn(selector: string): Promise<number> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (document.querySelector(selector)) resolve(performance.now())
      else requestAnimationFrame(check)
    }
    check()
  })
}

async function run(): Promise<void> {
  const catalogue = decodeCatalogue(await (await fetch(catalogueUrl)).json())
  const small = catalogue.foods.filter(
    (food) => FOODS.includes(food.id) || food.kind === 'supplement',
  )
  const db = new AppDb(`bench-coverage-${performance.now()}`)
  const today = localDate(new Date())
  const services = createServices({
    db,
    desktop: createBrowserApi({ version: 'bench' }),
    loadCatalogue: async () => ({ ...encodeCatalogue(small, catalogue.sources), version: 'bench' }),
  })
  for (const person of PEOPLE) await services.profiles.save(person)
  const entries = plannedYear(today)
  await createPlanRepo(db).put(entries)
  await services.catalogue.load()
  const state = services.catalogue.getState()
  if (state.status !== 'ready') throw new Error(`catalogue: ${JSON.stringify(state)}`)

  const container = document.getElementById('root')
  if (!container) throw new Error('no #root')
  const t0 = performance.now()
  const root = createRoot(container)
  flushSync(() =>
    root.render(
      <ServicesProvider services={services}>
        <CoveragePage />
      </ServicesProvider>,
    ),
  )
  const tCard = await whenDrawn('.chart-card')
  const t1 = await whenDrawn('.chart-box-household .recharts-bar-rectangle')
  const t2 = await whenDrawn('.chart-box-trend .recharts-line')

  const select = document.getElementById('coverage-person') as HTMLSelectElement
  const t3 = performance.now()
  select.value = 'b1'
  select.dispatchEvent(new Event('change', { bubbles: true }))
  const t4 = await whenDrawn('.chart-box-daily .recharts-bar-rectangle')
  root.unmount()
  // The parts on their own, warm: reading the 8 weeks from IndexedDB, and building the chart data.
  const range = coverageRange(mondayOf(today))
  const q0 = performance.now()
  const week8 = await createPlanRepo(db).between(range.from, range.to)
  const q1 = performance.now()
  const people = await services.profiles.list()
  const foods = state.foods
  buildCoverageView({
    people,
    entries: week8,
    foods,
    monday: mondayOf(today),
    today,
    personId: null,
  })
  const q2 = performance.now()
  db.close()
  window.__benchResult = {
    entries: entries.length,
    firstChartMs: t1 - t0,
    dataReadyMs: tCard - t0,
    queryMs: q1 - q0,
    buildViewMs: q2 - q1,
    allChartsMs: t2 - t0,
    switchToPersonMs: t4 - t3,
  }
  const status = document.getElementById('status')
  if (status) status.textContent = 'done'
}

void run().catch((error: unknown) => {
  window.__benchResult = { error: String(error) }
})
