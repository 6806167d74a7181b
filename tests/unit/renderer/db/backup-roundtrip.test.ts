import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  collectBackup,
  deleteAllUserData,
  describePreview,
  parseBackup,
  previewBackup,
  restoreBackup,
  serializeBackup,
} from '../../../../src/renderer/db/backup'
import { LATEST_SCHEMA_VERSION } from '../../../../src/renderer/db/schema'
import { createTestDb } from '../../../fixtures/test-db'
import { catalogueFood, CTX, customFood, NOW, seedHousehold, userRows } from './backup-fixture'

async function exportText(db = createTestDb()) {
  return serializeBackup(await collectBackup(db, { appVersion: '0.1.0', now: NOW }))
}

function parsed(text: string) {
  const result = parseBackup(text, CTX)
  if (!result.ok) throw new Error(result.message)
  return result.backup
}

describe('export', () => {
  it('writes a versioned header and every user table, without the USDA catalogue', async () => {
    const db = createTestDb()
    await seedHousehold(db)
    const text = await exportText(db)
    expect(
      text.startsWith(
        `{"format":"${BACKUP_FORMAT}","formatVersion":1,"schemaVersion":${LATEST_SCHEMA_VERSION},"appVersion":"0.1.0","exportedAt":"${NOW}"`,
      ),
    ).toBe(true)
    const file = JSON.parse(text)
    expect(file.counts).toEqual({
      profiles: 2,
      foods: 1,
      recipes: 1,
      planEntries: 3,
      pantry: 1,
      shoppingState: 2,
      settings: 1,
    })
    expect(file.tables.foods.map((food: { id: string }) => food.id)).toEqual([customFood().id])
  })
})

describe('round trip: export, wipe, restore', () => {
  it('brings back every row exactly', async () => {
    const db = createTestDb()
    await seedHousehold(db)
    const before = await userRows(db)
    const text = await exportText(db)
    await deleteAllUserData(db)
    expect((await userRows(db)).profiles).toEqual([])
    // The catalogue is not user data: deleting everything keeps it.
    expect(await db.foods.get(catalogueFood().id)).toBeDefined()

    const result = await restoreBackup(db, parsed(text), 'replace')
    expect(result).toEqual({
      ok: true,
      counts: expect.objectContaining({ profiles: 2, planEntries: 3 }),
    })
    expect(await userRows(db)).toEqual(before)
  })

  it('restores into a brand-new database too', async () => {
    const source = createTestDb()
    await seedHousehold(source)
    const target = createTestDb()
    await restoreBackup(target, parsed(await exportText(source)), 'replace')
    expect(await userRows(target)).toEqual(await userRows(source))
  })
})

describe('replace and merge', () => {
  it('replace removes what is not in the backup; merge keeps it and lets the backup win on the same id', async () => {
    const db = createTestDb()
    await seedHousehold(db)
    const backup = parsed(await exportText(db))
    await db.profiles.update('p-ana', { name: 'Ana changed' })
    await db.planEntries.put({
      id: 'only-here',
      profileId: 'p-ana',
      date: '2026-12-01',
      slot: 'lunch',
      item: { kind: 'recipe', recipeId: 'x', servings: 1 },
      recipeId: 'x',
      locked: false,
    })
    await db.pantry.put({ id: 'pantry-other-id', foodId: 'sr28:99999' })

    const merged = createTestDb()
    await seedHousehold(merged)
    await merged.planEntries.put({
      id: 'only-here',
      profileId: 'p-ana',
      date: '2026-12-01',
      slot: 'lunch',
      item: { kind: 'recipe', recipeId: 'x', servings: 1 },
      recipeId: 'x',
      locked: false,
    })
    await merged.profiles.update('p-ana', { name: 'Ana changed' })
    // A pantry row for the same food under another id: one row per food survives a merge.
    await merged.pantry.clear()
    await merged.pantry.put({ id: 'pantry-other-id', foodId: 'sr28:01077' })
    expect(await restoreBackup(merged, backup, 'merge')).toMatchObject({ ok: true })
    expect((await merged.profiles.get('p-ana'))?.name).toBe('Ana')
    expect(await merged.planEntries.get('only-here')).toBeDefined()
    expect((await merged.pantry.toArray()).map((row) => row.id)).toEqual(['pantry-1'])

    expect(await restoreBackup(db, backup, 'replace')).toMatchObject({ ok: true })
    expect((await db.profiles.get('p-ana'))?.name).toBe('Ana')
    expect(await db.planEntries.get('only-here')).toBeUndefined()
    expect(await db.pantry.get('pantry-other-id')).toBeUndefined()
  })
})

describe('preview', () => {
  it('counts people, recipes, weeks of plans and own foods', async () => {
    const db = createTestDb()
    await seedHousehold(db)
    const preview = previewBackup(parsed(await exportText(db)))
    expect(preview).toMatchObject({
      people: ['Ana', 'Walter'],
      recipes: 1,
      customFoods: 1,
      plannedMeals: 3,
      weeksOfPlans: 2,
      planRange: { from: '2026-11-16', to: '2026-11-23' },
      appVersion: '0.1.0',
    })
    expect(describePreview(preview)).toBe(
      '2 people (Ana, Walter), 1 recipe, 2 weeks of plans and 1 own food.',
    )
  })

  it('an empty database gives an empty backup that restores to nothing', async () => {
    const backup = parsed(await exportText())
    expect(previewBackup(backup)).toMatchObject({ people: [], weeksOfPlans: 0, planRange: null })
  })
})
