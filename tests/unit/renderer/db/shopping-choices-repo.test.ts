import { describe, expect, it } from 'vitest'
import { ROW_CHECKS } from '../../../../src/renderer/db/backup/row-schemas'
import {
  createShoppingChoicesRepo,
  DEFAULT_SHOPPING_CHOICES,
  parseShoppingChoices,
  SHOPPING_CHOICES_KEY,
} from '../../../../src/renderer/db/repos/shopping-choices-repo'
import { createTestDb } from '../../../fixtures/test-db'

describe('shopping choices repo', () => {
  it('reads this week, everyone, nothing repeated before anything is stored', async () => {
    expect(await createShoppingChoicesRepo(createTestDb()).get()).toEqual(DEFAULT_SHOPPING_CHOICES)
  })

  it('stores a change in its own settings row and reads it back in a new repo', async () => {
    const db = createTestDb()
    await createShoppingChoicesRepo(db).update({ weeks: 4, excluded: ['p2'] })
    await createShoppingChoicesRepo(db).update({ monday: '2026-11-23', repeatPlannedDays: true })
    expect(await createShoppingChoicesRepo(db).get()).toEqual({
      weeks: 4,
      monday: '2026-11-23',
      excluded: ['p2'],
      repeatPlannedDays: true,
    })
    expect(await db.settings.get('app')).toBeUndefined()
  })

  it.each([
    [{ weeks: 3 }],
    [{ monday: '2026-02-30' }],
    [{ excluded: 'p2' }],
    [{ repeatPlannedDays: 'yes' }],
    [{ people: [] }],
  ])('refuses %j and keeps what was stored', async (change) => {
    const db = createTestDb()
    const repo = createShoppingChoicesRepo(db)
    await repo.update({ weeks: 2 })
    await expect(repo.update(change as never)).rejects.toThrow()
    expect((await repo.get()).weeks).toBe(2)
  })

  it('reads a damaged row with defaults, field by field', () => {
    expect(parseShoppingChoices({ weeks: 7, monday: 'soon', excluded: ['p1'], extra: 1 })).toEqual({
      ...DEFAULT_SHOPPING_CHOICES,
      excluded: ['p1'],
    })
    expect(parseShoppingChoices('nonsense')).toEqual(DEFAULT_SHOPPING_CHOICES)
  })

  it('is kept by a backup, read with defaults like the repo reads it', () => {
    const stored = { weeks: 2, monday: null, excluded: ['p2'], repeatPlannedDays: true }
    expect(ROW_CHECKS.settings({ key: SHOPPING_CHOICES_KEY, value: stored })).toEqual({
      ok: true,
      row: { key: SHOPPING_CHOICES_KEY, value: stored },
    })
    expect(ROW_CHECKS.settings({ key: SHOPPING_CHOICES_KEY, value: { weeks: 'x' } })).toEqual({
      ok: true,
      row: { key: SHOPPING_CHOICES_KEY, value: DEFAULT_SHOPPING_CHOICES },
    })
  })
})
