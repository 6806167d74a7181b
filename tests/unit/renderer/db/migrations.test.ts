import { describe, expect, it } from 'vitest'
import { AppDb } from '../../../../src/renderer/db/app-db'
import { V1 } from '../../../../src/renderer/db/migrations/v1-2026-11-21'
import {
  upgradePlanRowV2,
  upgradeProfileRowV2,
  V2,
} from '../../../../src/renderer/db/migrations/v2-2026-11-21'
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../src/renderer/db/schema'
import { freshIndexedDb } from '../../../fixtures/test-db'

let counter = 0
const name = () => `migration-${++counter}`

describe('v1 → v2 (2026-11-21)', () => {
  it('gives every profile a createdAt (indexed now) and rebuilds plan index copies from the item', async () => {
    const idb = freshIndexedDb()
    const dbName = name()
    const v1 = new AppDb(dbName, idb, [SCHEMA_VERSIONS[0]!])
    await v1.open()
    expect(v1.verno).toBe(1)
    await v1.profiles.bulkPut([
      { id: 'p-old', name: 'No createdAt', updatedAt: '2026-10-01T00:00:00.000Z' } as never,
      {
        id: 'p-empty',
        name: 'Empty createdAt',
        createdAt: '',
        updatedAt: '2026-10-02T00:00:00.000Z',
      },
      {
        id: 'p-ok',
        name: 'Fine',
        createdAt: '2026-09-01T00:00:00.000Z',
        updatedAt: '2026-10-03T00:00:00.000Z',
      },
    ])
    await v1.planEntries.bulkPut([
      {
        id: 'stale',
        profileId: 'p-ok',
        date: '2026-11-16',
        slot: 'lunch',
        item: { kind: 'food', foodId: 'sr28:1', grams: 100 },
        recipeId: 'gone',
      },
      {
        id: 'missing',
        profileId: 'p-ok',
        date: '2026-11-16',
        slot: 'snack',
        item: { kind: 'supplement', foodId: 'custom:abcdefgh', units: 1 },
        locked: 'yes',
      },
      {
        id: 'fine',
        profileId: 'p-ok',
        date: '2026-11-17',
        slot: 'dinner',
        item: { kind: 'recipe', recipeId: 'dal', servings: 2 },
        recipeId: 'dal',
        locked: true,
      },
      { id: 'damaged', profileId: 'p-ok', date: '2026-11-17', slot: 'dinner', foodId: 'keep-me' },
    ])
    v1.close()

    const v2 = new AppDb(dbName, idb)
    await v2.open()
    expect(v2.verno).toBe(2)
    expect(await v2.profiles.orderBy('createdAt').primaryKeys()).toEqual([
      'p-ok',
      'p-old',
      'p-empty',
    ])
    expect((await v2.profiles.get('p-old'))?.createdAt).toBe('2026-10-01T00:00:00.000Z')
    expect(await v2.planEntries.get('stale')).toEqual({
      id: 'stale',
      profileId: 'p-ok',
      date: '2026-11-16',
      slot: 'lunch',
      item: { kind: 'food', foodId: 'sr28:1', grams: 100 },
      foodId: 'sr28:1',
      locked: false,
    })
    expect(await v2.planEntries.where('foodId').equals('custom:abcdefgh').primaryKeys()).toEqual([
      'missing',
    ])
    expect((await v2.planEntries.get('missing'))?.['locked']).toBe(false)
    expect((await v2.planEntries.get('fine'))?.['locked']).toBe(true)
    expect(await v2.planEntries.where('recipeId').equals('gone').count()).toBe(0)
    // A row without an item is left exactly as it was: upgrades never delete data.
    expect(await v2.planEntries.get('damaged')).toEqual({
      id: 'damaged',
      profileId: 'p-ok',
      date: '2026-11-17',
      slot: 'dinner',
      foodId: 'keep-me',
    })
    v2.close()
  })

  it('row upgrades are idempotent and leave current rows alone', () => {
    const profile = { id: 'p', createdAt: 'a', updatedAt: 'b' }
    expect(upgradeProfileRowV2(profile)).toBe(profile)
    const plan = {
      id: 'e',
      item: { kind: 'recipe', recipeId: 'r', servings: 1 },
      recipeId: 'r',
      locked: false,
    }
    expect(upgradePlanRowV2(upgradePlanRowV2(plan))).toEqual(plan)
  })

  it('v2 keeps every v1 table and index and only adds', () => {
    for (const [table, v1Spec] of Object.entries(V1.stores)) {
      const v2Indexes = new Set(
        (V2.stores as Record<string, string>)[table]!.split(',').map((part) => part.trim()),
      )
      for (const index of v1Spec.split(',').map((part) => part.trim()))
        expect(v2Indexes).toContain(index)
    }
  })
})

describe('the whole chain', () => {
  const seed = async (db: AppDb) => {
    await db.profiles.put({
      id: 'p',
      name: 'Ada',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    })
    await db.planEntries.put({
      id: 'e',
      profileId: 'p',
      date: '2026-11-16',
      slot: 'lunch',
      item: { kind: 'recipe', recipeId: 'r', servings: 1 },
      recipeId: 'r',
      locked: false,
    })
    await db.settings.put({ key: 'app', value: { textSizePct: 150 } })
    await db.foods.put({
      id: 'custom:aaaaaaaa',
      source: 'user',
      kind: 'food',
      b12Class: 'fortified',
      name: 'Mine',
    })
  }

  const pairs = SCHEMA_VERSIONS.flatMap((_, from) =>
    SCHEMA_VERSIONS.slice(from + 1).map((__, offset) => [from + 1, from + offset + 2] as const),
  )

  it('has at least one upgrade step to test', () => expect(pairs.length).toBeGreaterThan(0))

  it.each(pairs)('a database seeded at v%i opens at v%i with its data', async (from, to) => {
    const idb = freshIndexedDb()
    const dbName = name()
    const old = new AppDb(dbName, idb, SCHEMA_VERSIONS.slice(0, from))
    await seed(old)
    old.close()
    const upgraded = new AppDb(dbName, idb, SCHEMA_VERSIONS.slice(0, to))
    await upgraded.open()
    expect(upgraded.verno).toBe(to)
    expect((await upgraded.profiles.get('p'))?.name).toBe('Ada')
    expect(
      await upgraded.planEntries
        .where('[profileId+date]')
        .equals(['p', '2026-11-16'])
        .primaryKeys(),
    ).toEqual(['e'])
    expect(await upgraded.foods.where('source').equals('user').count()).toBe(1)
    expect((await upgraded.settings.get('app'))?.value).toEqual({ textSizePct: 150 })
    upgraded.close()
  })

  it('the full chain ends at the latest version', async () => {
    const db = new AppDb(name(), freshIndexedDb())
    await db.open()
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION)
    db.close()
  })
})
