/**
 * Backup export and restore for a household of 4 with 2 years of weekly plans
 * (104 weeks × 7 days × 4 slots × 4 people = 11,648 planned meals), plus 20 own foods,
 * 30 recipes, a pantry and 104 weeks of shopping ticks, in fake-indexeddb under Node (real
 * IndexedDB in Chromium is faster at writes; this is the relative cost of each step).
 * Run: node --import tsx bench/backup.bench.ts. Prints figures; never asserts.
 */
import 'fake-indexeddb/auto'
import { customFoodFromLabel } from '../src/core/foods/custom-food'
import {
  MEAL_SLOTS,
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
} from '../src/core/planning/types'
import { addDays } from '../src/core/dates'
import { AppDb } from '../src/renderer/db/app-db'
import {
  collectBackup,
  deleteAllUserData,
  parseBackup,
  previewBackup,
  restoreBackup,
  serializeBackup,
} from '../src/renderer/db/backup'
import { createFoodsRepo } from '../src/renderer/db/repos/foods-repo'
import { toPlanRow } from '../src/renderer/db/repos/plan-repo'
import { createProfilesRepo } from '../src/renderer/db/repos/profiles-repo'
import { report, time } from './harness'
import { makePerson } from '../tests/fixtures/person'

const NOW = '2026-11-21T12:00:00.000Z'
const CTX = { today: '2026-11-21', now: NOW }
const WEEKS = 104
const PEOPLE = ['ana', 'ben', 'cleo', 'dov']

async function seed(db: AppDb): Promise<void> {
  const profiles = createProfilesRepo(db, { today: () => CTX.today, now: () => NOW })
  for (const [i, id] of PEOPLE.entries()) {
    await profiles.save(
      makePerson({ id: profileId(id), name: id, ageYears: 20 + i * 15, createdAt: NOW }),
    )
  }
  const foods = createFoodsRepo(db)
  for (let i = 0; i < 20; i++) {
    const result = customFoodFromLabel({
      uuid: `0000000${i}`.slice(-8) + '-bench',
      name: `Own food ${i}`,
      kind: 'food',
      servingSize: 100,
      b12UgPerServing: 1,
      diet: 'vegan',
    })
    if (result.ok) await foods.putCustom(result.food)
  }
  await db.recipes.bulkPut(
    Array.from({ length: 30 }, (_, i) => ({
      id: `user-recipe-${i}`,
      name: `Recipe ${i}`,
      updatedAt: NOW,
      slots: ['lunch', 'dinner'],
      servings: 4,
      ingredients: [
        { foodId: 'sr28:16139', grams: 400 },
        { foodId: 'sr28:11529', grams: 200 },
      ],
      steps: ['Cook.'],
      prepMinutes: 30,
      tags: ['budget'],
      source: 'user',
    })),
  )
  const entries: PlanEntry[] = []
  const monday = addDays('2026-11-16', -7 * (WEEKS - 1))
  for (let day = 0; day < WEEKS * 7; day++) {
    const date = addDays(monday, day)
    for (const person of PEOPLE) {
      for (const slot of MEAL_SLOTS) {
        entries.push({
          id: planEntryId(`${date}-${person}-${slot}`),
          profileId: profileId(person),
          date,
          slot,
          item: { kind: 'recipe', recipeId: recipeId(`user-recipe-${day % 30}`), servings: 1 },
          locked: false,
        })
      }
    }
  }
  await db.planEntries.bulkPut(entries.map(toPlanRow))
  await db.pantry.bulkPut(
    Array.from({ length: 40 }, (_, i) => ({
      id: `pantry-${i}`,
      foodId: `sr28:${10000 + i}`,
      kind: 'staple',
    })),
  )
  await db.shoppingState.bulkPut(
    Array.from({ length: WEEKS }, (_, w) => ({
      id: `week-${w}`,
      weekStart: addDays(monday, 7 * w),
      checked: ['sr28:16139', 'manual:1'],
    })),
  )
}

async function main(): Promise<void> {
  const db = new AppDb('bench-backup')
  await seed(db)
  console.log(
    `Planned meals: ${await db.planEntries.count()} (${WEEKS} weeks × 7 days × 4 slots × ${PEOPLE.length} people)`,
  )

  let text = ''
  report(
    'export: read all user tables (one transaction)',
    await time(() => collectBackup(db, { appVersion: 'bench', now: NOW }), 10, 2),
  )
  const file = await collectBackup(db, { appVersion: 'bench', now: NOW })
  report('export: serialise to JSON', await time(() => (text = serializeBackup(file)), 10, 2))
  console.log(`Backup size: ${(text.length / 1024 / 1024).toFixed(2)} MB`)
  report('restore: parse + validate every row', await time(() => parseBackup(text, CTX), 10, 2))
  const parsed = parseBackup(text, CTX)
  if (!parsed.ok) throw new Error(parsed.message)
  report('restore: preview', await time(() => previewBackup(parsed.backup), 10, 2))
  report(
    'restore: write (replace, one transaction)',
    await time(() => restoreBackup(db, parsed.backup, 'replace'), 5, 1),
  )
  report(
    'full round trip: export + serialise + parse + wipe + restore',
    await time(
      async () => {
        const backup = parseBackup(
          serializeBackup(await collectBackup(db, { appVersion: 'bench', now: NOW })),
          CTX,
        )
        if (!backup.ok) throw new Error(backup.message)
        await deleteAllUserData(db)
        await restoreBackup(db, backup.backup, 'replace')
      },
      5,
      1,
    ),
  )
  db.close()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
