import { describe, expect, it, vi } from 'vitest'
import {
  createFoodsRepo,
  loadStoredCatalogue,
  seedCatalogue,
} from '../../../../src/renderer/db/repos/foods-repo'
import { CatalogueStore } from '../../../../src/renderer/data/catalogue-store'
import { deleteAllUserData } from '../../../../src/renderer/db/backup/delete-all'
import { sampleCatalogueFile } from '../../../fixtures/catalogue'
import { createTestDb } from '../../../fixtures/test-db'

function storeFor(
  db: ReturnType<typeof createTestDb>,
  loader: () => Promise<unknown>,
  shippedVersion: string | null,
) {
  return new CatalogueStore(db, createFoodsRepo(db), loader, undefined, undefined, shippedVersion)
}

describe('CatalogueStore', () => {
  it('first start: fetches the shipped file, stores it, and is ready with its foods', async () => {
    const db = createTestDb()
    const file = sampleCatalogueFile('v7')
    const loader = vi.fn(async () => file)
    const store = storeFor(db, loader, 'v7')
    await store.load()
    const state = store.getState()
    expect(state.status === 'ready' && state.foods.size).toBe(file.foods.length)
    expect(await loadStoredCatalogue(db)).toEqual(file)
  })

  it('later start: reads the stored copy without fetching the file', async () => {
    const db = createTestDb()
    await seedCatalogue(db, sampleCatalogueFile('v7'))
    const loader = vi.fn(async () => sampleCatalogueFile('v7'))
    const store = storeFor(db, loader, 'v7')
    await store.load()
    expect(loader).not.toHaveBeenCalled()
    expect(store.getState().status).toBe('ready')
  })

  it('a damaged stored copy is replaced from the shipped file, nothing is lost', async () => {
    const db = createTestDb()
    await seedCatalogue(db, sampleCatalogueFile('v7'))
    await db.catalogue.put({ id: 'chunk-0000', rows: [['broken']] })
    const loader = vi.fn(async () => sampleCatalogueFile('v7'))
    const store = storeFor(db, loader, 'v7')
    await store.load()
    expect(loader).toHaveBeenCalledOnce()
    expect(store.getState().status).toBe('ready')
    expect(await loadStoredCatalogue(db)).toEqual(sampleCatalogueFile('v7'))
  })

  it('a broken shipped file becomes a calm error state, not a crash', async () => {
    const db = createTestDb()
    const store = storeFor(db, async () => ({ format: 'nope' }), 'v7')
    await store.load()
    expect(store.getState()).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Your own data is not affected'),
    })
  })
})

describe("CatalogueStore follows the person's own foods live (issue 13)", () => {
  it('an own food written to the database (a restore) appears in foods and search, and goes again after delete all, without reloading', async () => {
    const db = createTestDb()
    const store = storeFor(db, async () => sampleCatalogueFile('v7'), 'v7')
    await store.load()
    const ready = store.getState()
    if (ready.status !== 'ready') throw new Error('not ready')
    const base = [...ready.foods.values()][0]!
    const own = {
      ...base,
      id: 'custom:live-test' as typeof base.id,
      name: 'Zorblax fortified oat drink',
      source: 'user' as const,
    }
    await createFoodsRepo(db).putCustom(own)
    await vi.waitFor(() => {
      const state = store.getState()
      expect(state.status === 'ready' && state.foods.has(own.id)).toBe(true)
      expect(state.status === 'ready' && state.search.foods.has(own.id)).toBe(true)
    })
    await deleteAllUserData(db)
    await vi.waitFor(() => {
      const state = store.getState()
      expect(state.status === 'ready' && state.foods.has(own.id)).toBe(false)
      expect(state.status === 'ready' && state.search.foods.has(own.id)).toBe(false)
    })
    store.dispose()
  })
})
