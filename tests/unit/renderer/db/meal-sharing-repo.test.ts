import { describe, expect, it } from 'vitest'
import { MEALS_TOGETHER_DEFAULT } from '../../../../src/core/planning/meal-sharing'
import { ROW_CHECKS } from '../../../../src/renderer/db/backup/row-schemas'
import {
  createMealSharingRepo,
  MEALS_TOGETHER_KEY,
  parseMealsTogether,
} from '../../../../src/renderer/db/repos/meal-sharing-repo'
import { createTestDb } from '../../../fixtures/test-db'

describe('meal sharing repo', () => {
  it('reads the defaults before anything is stored: lunch and dinner together', async () => {
    const repo = createMealSharingRepo(createTestDb())
    expect(await repo.get()).toEqual({ breakfast: false, lunch: true, dinner: true, snack: false })
    expect(await repo.get()).toEqual(MEALS_TOGETHER_DEFAULT)
  })

  it('stores a change in its own settings row and reads it back', async () => {
    const db = createTestDb()
    await createMealSharingRepo(db).update({ lunch: false, breakfast: true })
    expect(await createMealSharingRepo(db).get()).toEqual({
      breakfast: true,
      lunch: false,
      dinner: true,
      snack: false,
    })
    expect((await db.settings.get(MEALS_TOGETHER_KEY))?.value).toMatchObject({ lunch: false })
    expect(await db.settings.get('app')).toBeUndefined()
  })

  it('refuses anything but a yes or no per meal, and keeps what was stored', async () => {
    const db = createTestDb()
    const repo = createMealSharingRepo(db)
    await repo.update({ dinner: false })
    await expect(repo.update({ dinner: 'yes' } as never)).rejects.toThrow()
    await expect(repo.update({ supper: true } as never)).rejects.toThrow()
    expect((await repo.get()).dinner).toBe(false)
  })

  it('reads a damaged row with defaults, meal by meal', () => {
    expect(parseMealsTogether({ dinner: false, lunch: 'often', extra: 1 })).toEqual({
      ...MEALS_TOGETHER_DEFAULT,
      dinner: false,
    })
    expect(parseMealsTogether(null)).toEqual(MEALS_TOGETHER_DEFAULT)
  })

  it('a backup keeps the row, read with defaults as the repo reads it', () => {
    const row = { key: MEALS_TOGETHER_KEY, value: { dinner: false, lunch: 3 } }
    expect(ROW_CHECKS.settings(row)).toEqual({
      ok: true,
      row: { key: MEALS_TOGETHER_KEY, value: { ...MEALS_TOGETHER_DEFAULT, dinner: false } },
    })
  })
})
