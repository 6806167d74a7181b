import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import {
  AppDb,
  requestPersistentStorage,
  watchVersionChange,
} from '../../../../src/renderer/db/app-db'
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../src/renderer/db/schema'
import { createTestDb, freshIndexedDb } from '../../../fixtures/test-db'

describe('AppDb schema', () => {
  it('opens at the latest version with every table the app needs', async () => {
    const db = createTestDb()
    await db.open()
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION)
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        'catalogue',
        'foods',
        'meta',
        'pantry',
        'planEntries',
        'profiles',
        'recipes',
        'settings',
        'shoppingState',
      ].sort(),
    )
    db.close()
  })

  it('uses string primary keys and the compound index the planner queries by', async () => {
    const db = createTestDb()
    await db.planEntries.bulkAdd([
      { id: 'e1', profileId: 'p1', date: '2026-11-23', slot: 'breakfast', foodId: 'sr28:16139' },
      { id: 'e2', profileId: 'p1', date: '2026-11-24', slot: 'lunch', foodId: 'sr28:16139' },
      { id: 'e3', profileId: 'p2', date: '2026-11-23', slot: 'dinner', recipeId: 'r1' },
    ])
    const monday = await db.planEntries
      .where('[profileId+date]')
      .equals(['p1', '2026-11-23'])
      .toArray()
    expect(monday.map((entry) => entry.id)).toEqual(['e1'])
    await expect(
      db.pantry.bulkAdd([
        { id: 'a', foodId: 'f' },
        { id: 'b', foodId: 'f' },
      ]),
    ).rejects.toThrow()
    db.close()
  })

  it('every schema version is dated and numbered in order', () => {
    SCHEMA_VERSIONS.forEach((schema, index) => {
      expect(schema.version).toBe(index + 1)
      expect(schema.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    })
  })

  it('keeps data across close and reopen (same IndexedDB)', async () => {
    const idb = freshIndexedDb()
    const first = new AppDb('persist-test', idb)
    await first.profiles.put({ id: 'p1', name: 'Ada', createdAt: 'x', updatedAt: 'x' })
    first.close()
    const second = new AppDb('persist-test', idb)
    expect((await second.profiles.get('p1'))?.name).toBe('Ada')
    second.close()
  })
})

describe('versionchange handling', () => {
  it('closes this connection and tells the UI when another connection upgrades', async () => {
    const idb = freshIndexedDb()
    const db = new AppDb('vc-test', idb)
    await db.open()
    const onChange = vi.fn()
    watchVersionChange(db, onChange)
    const newer = new Dexie('vc-test', idb)
    newer.version(LATEST_SCHEMA_VERSION + 1).stores({ extra: 'id' })
    await newer.open()
    expect(onChange).toHaveBeenCalledOnce()
    expect(db.isOpen()).toBe(false)
    newer.close()
  })
})

describe('requestPersistentStorage', () => {
  const storage = (
    persisted: () => Promise<boolean>,
    persist: () => Promise<boolean>,
  ): StorageManager => ({ persisted, persist }) as unknown as StorageManager
  it.each([
    ['unsupported', undefined],
    [
      'granted',
      storage(
        async () => true,
        async () => false,
      ),
    ],
    [
      'granted',
      storage(
        async () => false,
        async () => true,
      ),
    ],
    [
      'denied',
      storage(
        async () => false,
        async () => false,
      ),
    ],
    [
      'unsupported',
      storage(
        async () => Promise.reject(new Error('nope')),
        async () => true,
      ),
    ],
  ] as const)('reports %s', async (expected, manager) => {
    expect(await requestPersistentStorage(manager)).toBe(expected)
  })
})
