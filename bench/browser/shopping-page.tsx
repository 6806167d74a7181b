/**
 * Runs inside Chromium: a household of 4 with 4 weeks of planned meals (starter recipes for
 * breakfast, lunch and dinner, a food snack, a weekly B12 tablet) in IndexedDB, then times the
 * Shopping page: building the 4-week list alone, mount → 1-week list drawn, and switching to
 * 4 weeks → the 4-week list drawn. Results go to window.__benchResult.
 */
import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'
import catalogueUrl from '../../resources/foods/catalogue.json?url'
import recipesUrl from '../../resources/recipes/starter-recipes.json?url'
import { decodeCatalogue } from '../../src/core/foods/catalogue-format'
import { encodeCatalogue } from '../../src/core/foods/catalogue-encode'
import { foodId } from '../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  recipeId,
  type MealSlot,
  type PlanEntry,
} from '../../src/core/planning/types'
import { addDays, mondayOf } from '../../src/core/dates'
import { applyListState, buildShoppingList, weeksRange } from '../../src/core/shopping'
import { grams } from '../../src/core/units'
import { createServices, localDate, ServicesProvider } from '../../src/renderer/app/services'
import { AppDb } from '../../src/renderer/db/app-db'
import { createPlanRepo } from '../../src/renderer/db/repos/plan-repo'
import { ShoppingPage } from '../../src/renderer/features/shopping/ShoppingPage'
import { PACKAGES } from '../../src/renderer/features/shopping/use-shopping-list'
import { createBrowserApi } from '../../src/renderer/platform/browser'

declare global {
  interface Window {
    __benchResult?: Record<string, number | number[] | string>
  }
}

interface RecipeJson {
  id: string
  slots: string[]
  ingredients: { foodId: string }[]
}

const PEOPLE = ['Rosa', 'Sam', 'Ada', 'Ben'].map((name, i) => ({
  id: `b${i + 1}`,
  name,
  ageYears: 30 + 15 * i,
  sex: i % 2 ? 'M' : 'F',
  diet: 'vegan',
}))
const SLOTS: MealSlot[] = ['breakfast', 'lunch', 'dinner']
const SNACKS = ['sr28:09040', 'sr28:16139', 'fndds:11360200']

function plannedWeeks(monday: string, recipes: RecipeJson[]): PlanEntry[] {
  const entries: PlanEntry[] = []
  let n = 0
  const add = (person: string, date: string, slot: MealSlot, item: PlanEntry['item']): void => {
    entries.push({
      id: planEntryId(`s${n++}`),
      profileId: profileId(person),
      date,
      slot,
      item,
      locked: false,
    })
  }
  for (let day = 0; day < 28; day++) {
    const date = addDays(monday, day)
    PEOPLE.forEach((person, p) => {
      SLOTS.forEach((slot, s) => {
        const fits = recipes.filter((r) => r.slots.includes(slot))
        const recipe = fits[(day * 7 + p * 3 + s) % fits.length] ?? recipes[0]
        if (!recipe) return
        add(person.id, date, slot, {
          kind: 'recipe',
          recipeId: recipeId(recipe.id),
          servings: 1 + (p % 2) * 0.5,
        })
      })
      add(person.id, date, 'snack', {
        kind: 'food',
        foodId: foodId(SNACKS[(day + p) % SNACKS.length] ?? 'sr28:09040'),
        grams: grams(150),
      })
      if (day % 7 === 0)
        add(person.id, date, 'breakfast', {
          kind: 'supplement',
          foodId: foodId('curated:b12-tablet-25-cyanocobalamin'),
          units: 7,
        })
    })
  }
  return entries
}

function whenDrawn(test: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (test()) resolve(performance.now())
      else requestAnimationFrame(check)
    }
    check()
  })
}

async function run(): Promise<void> {
  const recipesJson = (await (await fetch(recipesUrl)).json()) as { recipes: RecipeJson[] }
  const catalogue = decodeCatalogue(await (await fetch(catalogueUrl)).json())
  const used = new Set([
    ...recipesJson.recipes.flatMap((r) => r.ingredients.map((i) => i.foodId)),
    ...SNACKS,
  ])
  const small = catalogue.foods.filter((food) => used.has(food.id) || food.kind === 'supplement')
  const db = new AppDb(`bench-shopping-${performance.now()}`)
  const today = localDate(new Date())
  const monday = mondayOf(today)
  const services = createServices({
    db,
    desktop: createBrowserApi({ version: 'bench' }),
    loadCatalogue: async () => ({ ...encodeCatalogue(small, catalogue.sources), version: 'bench' }),
    loadRecipes: async () => recipesJson,
    planGenerator: { generate: () => Promise.reject(new Error('not used')) } as never,
    clock: { today: () => today, now: () => new Date().toISOString() },
  })
  for (const person of PEOPLE) await services.profiles.save(person)
  const entries = plannedWeeks(monday, recipesJson.recipes)
  await createPlanRepo(db).put(entries)
  await services.catalogue.load()
  const state = services.catalogue.getState()
  if (state.status !== 'ready') throw new Error(`catalogue not ready: ${JSON.stringify(state)}`)

  const range = weeksRange(monday, 4)
  const builds: number[] = []
  let lines = 0
  for (let i = 0; i < 30; i++) {
    const t = performance.now()
    const list = buildShoppingList({
      entries,
      recipes: state.recipes,
      foods: state.foods,
      range,
      packages: PACKAGES,
    })
    lines = applyListState(list, { checked: [list.lines[0]?.key ?? ''] }).list.lines.length
    builds.push(performance.now() - t)
  }

  const container = document.getElementById('root')
  if (!container) throw new Error('no #root')
  const t0 = performance.now()
  const root = createRoot(container)
  flushSync(() =>
    root.render(
      <ServicesProvider services={services}>
        <ShoppingPage />
      </ServicesProvider>,
    ),
  )
  const t1 = await whenDrawn(() => document.querySelectorAll('.shop-list .shop-line').length > 0)

  const select = document.getElementById('shop-weeks') as HTMLSelectElement
  const end = range.to
  const t2 = performance.now()
  select.value = '4'
  select.dispatchEvent(new Event('change', { bubbles: true }))
  const t3 = await whenDrawn(() =>
    (document.querySelector('.shop-print-subtitle')?.textContent ?? '').includes(`to ${end}`),
  )
  const drawn = document.querySelectorAll('.shop-list .shop-line').length
  const subtitle = document.querySelector('.shop-print-subtitle')?.textContent ?? ''
  root.unmount()
  db.close()
  window.__benchResult = {
    entries: entries.length,
    lines,
    drawn,
    subtitle,
    buildMs: builds,
    mountMs: t1 - t0,
    switchTo4WeeksMs: t3 - t2,
  }
  const status = document.getElementById('status')
  if (status) status.textContent = 'done'
}

void run().catch((error: unknown) => {
  window.__benchResult = { error: String(error) }
})
