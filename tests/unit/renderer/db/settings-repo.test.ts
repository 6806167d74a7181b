import { describe, expect, it } from 'vitest'
import {
  createSettingsRepo,
  DEFAULT_SETTINGS,
  parseSettings,
  stepTextSize,
} from '../../../../src/renderer/db/repos/settings-repo'
import { createTestDb } from '../../../fixtures/test-db'

describe('settings repo', () => {
  it('returns the defaults before anything is stored', async () => {
    const repo = createSettingsRepo(createTestDb())
    expect(await repo.get()).toEqual(DEFAULT_SETTINGS)
  })

  it('stores a change and reads it back', async () => {
    const db = createTestDb()
    const repo = createSettingsRepo(db)
    await repo.update({ textSizePct: 175, highContrast: true })
    expect(await createSettingsRepo(db).get()).toEqual({
      ...DEFAULT_SETTINGS,
      textSizePct: 175,
      highContrast: true,
    })
  })

  it.each([
    [{ textSizePct: 130 }],
    [{ textSizePct: 250 }],
    [{ textSizePct: Number.NaN }],
    [{ units: 'imperial' }],
    [{ highContrast: 'yes' }],
  ])('refuses an invalid change %o and keeps the stored value', async (change) => {
    const db = createTestDb()
    const repo = createSettingsRepo(db)
    await repo.update({ textSizePct: 150 })
    await expect(repo.update(change as never)).rejects.toThrow()
    expect((await repo.get()).textSizePct).toBe(150)
  })

  it('reads a damaged row with defaults for the bad fields', async () => {
    const db = createTestDb()
    await db.settings.put({
      key: 'app',
      value: { textSizePct: 'huge', highContrast: true, extra: 1 },
    })
    expect(await createSettingsRepo(db).get()).toEqual({ ...DEFAULT_SETTINGS, highContrast: true })
  })

  it.each([null, 42, 'text', [], { __proto__: { textSizePct: 200 } }])(
    'parses junk %o as defaults',
    (value) => {
      expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS)
    },
  )
})

describe('stepTextSize', () => {
  it.each([
    [100, 'increase', 125],
    [175, 'increase', 200],
    [200, 'increase', 200],
    [125, 'decrease', 100],
    [100, 'decrease', 100],
    [175, 'reset', 100],
  ] as const)('%i %s → %i', (current, direction, expected) => {
    expect(stepTextSize(current, direction)).toBe(expected)
  })
})
