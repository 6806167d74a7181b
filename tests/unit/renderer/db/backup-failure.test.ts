import 'fake-indexeddb/auto'
import type { DBCore } from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import {
  collectBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
} from '../../../../src/renderer/db/backup'
import type { AppDb } from '../../../../src/renderer/db/app-db'
import { createTestDb } from '../../../fixtures/test-db'
import { CTX, NOW, seedHousehold, userRows } from './backup-fixture'

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

/** A backup that differs from the seeded household, so a partial write would show. */
async function otherBackup() {
  const source = createTestDb()
  await seedHousehold(source)
  await source.profiles.update('p-ana', { name: 'Ana from the backup' })
  await source.planEntries.bulkPut(
    Array.from({ length: 50 }, (_, i) => ({
      id: `b-${i}`,
      profileId: 'p-ana',
      date: '2026-12-01',
      slot: 'lunch' as const,
      item: { kind: 'recipe', recipeId: 'r', servings: 1 },
      recipeId: 'r',
      locked: false,
    })),
  )
  const parsed = parseBackup(
    serializeBackup(await collectBackup(source, { appVersion: '0.1.0', now: NOW })),
    CTX,
  )
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.backup
}

/** Makes IndexedDB itself refuse writes to one table, as a full disk does (reopens the db). */
async function failWritesTo(db: AppDb, tableName: string): Promise<void> {
  db.close()
  db.use({
    stack: 'dbcore',
    name: 'quota-exceeded',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return name === tableName ? { ...table, mutate: () => Promise.reject(quotaError()) } : table
      },
    }),
  })
  await db.open()
}

describe('a failed restore changes nothing and says why', () => {
  it.each(['replace', 'merge'] as const)(
    'quota exceeded in bulkPut half-way (%s)',
    async (mode) => {
      const db = createTestDb()
      await seedHousehold(db)
      const before = await userRows(db)
      const backup = await otherBackup()
      // Profiles and foods are written (and, in replace mode, everything cleared) before this.
      const bulkPut = vi.spyOn(db.planEntries, 'bulkPut').mockRejectedValue(quotaError())
      const result = await restoreBackup(db, backup, mode)
      expect(bulkPut).toHaveBeenCalled()
      expect(result).toEqual({
        ok: false,
        message:
          'There is not enough storage space on this computer to restore this backup. Nothing was changed. Free some disk space and try again.',
      })
      bulkPut.mockRestore()
      expect(await userRows(db)).toEqual(before)
    },
  )

  it('quota exceeded inside IndexedDB on the last table', async () => {
    const db = createTestDb()
    await seedHousehold(db)
    const before = await userRows(db)
    const backup = await otherBackup()
    await failWritesTo(db, 'settings')
    const result = await restoreBackup(db, backup, 'replace')
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not enough storage space/),
    })
    db.close()
    db.unuse({ stack: 'dbcore', name: 'quota-exceeded' })
    await db.open()
    expect(await userRows(db)).toEqual(before)
  })

  it('any other write failure is a message too, with nothing changed', async () => {
    const db = createTestDb()
    await seedHousehold(db)
    const before = await userRows(db)
    vi.spyOn(db.shoppingState, 'bulkPut').mockRejectedValueOnce(new Error('disk on fire'))
    expect(await restoreBackup(db, await otherBackup(), 'replace')).toEqual({
      ok: false,
      message: 'The backup could not be restored (disk on fire). Nothing was changed.',
    })
    expect(await userRows(db)).toEqual(before)
  })
})
