import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  collectBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
} from '../../../../src/renderer/db/backup'
import { LATEST_SCHEMA_VERSION } from '../../../../src/renderer/db/schema'
import { createTestDb } from '../../../fixtures/test-db'
import { CTX, NOW, seedHousehold, userRows } from './backup-fixture'

async function goodBackup(): Promise<
  Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }
> {
  const db = createTestDb()
  await seedHousehold(db)
  return JSON.parse(serializeBackup(await collectBackup(db, { appVersion: '0.1.0', now: NOW })))
}

const refused = (text: unknown) => {
  const result = parseBackup(text, CTX)
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.message
}

describe('parseBackup refuses with a plain message', () => {
  it.each([
    ['an empty file', '', /not a B12 Planner backup\. It is empty/],
    ['a non-string', 42, /^This file is not a B12 Planner backup\. Nothing/],
    ['plain text', 'hello', /not complete or not in the right format/],
    [
      'another JSON file',
      '{"format":"b12-planner-recipes/1","recipes":[]}',
      /^This file is not a B12 Planner backup\. Nothing was changed\.$/,
    ],
    ['a JSON array', '[1,2,3]', /not a B12 Planner backup/],
    [
      'a number that overflows to Infinity',
      `{"format":"${BACKUP_FORMAT}","x":1e999}`,
      /number that is too large/,
    ],
  ])('%s', (_name, text, message) => {
    const text2 = refused(text)
    expect(text2).toMatch(message)
    expect(text2).toMatch(/Nothing was changed\.$/)
  })

  it('a truncated file (cut at any point)', async () => {
    const text = JSON.stringify(await goodBackup())
    for (const cut of [1, 10, 100, Math.floor(text.length / 2), text.length - 1]) {
      expect(refused(text.slice(0, cut))).toMatch(/not complete|not a B12 Planner backup/)
    }
  })

  it('a backup from a newer app (format or schema)', async () => {
    const file = await goodBackup()
    expect(refused(JSON.stringify({ ...file, formatVersion: 2, appVersion: '9.0.0' }))).toBe(
      'This backup was made by a newer version of B12 Planner (9.0.0). Update the app, then restore it. Nothing was changed.',
    )
    expect(refused(JSON.stringify({ ...file, schemaVersion: LATEST_SCHEMA_VERSION + 1 }))).toMatch(
      /newer version/,
    )
  })

  it('a header with missing or wrong fields', async () => {
    const file = await goodBackup()
    expect(refused(JSON.stringify({ ...file, exportedAt: 5 }))).toMatch(/header is incomplete/)
    expect(refused(JSON.stringify({ ...file, tables: [] }))).toMatch(/header is incomplete/)
    expect(
      refused(JSON.stringify({ ...file, tables: { ...file.tables, planEntries: {} } })),
    ).toMatch(/planEntries part is not a list/)
  })

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a prototype-pollution key %s anywhere',
    async (key) => {
      const file = await goodBackup()
      const text = JSON.stringify(file).replace(
        '"name":"Ana"',
        `"name":"Ana","${key}":{"polluted":true}`,
      )
      expect(refused(text)).toMatch(`forbidden name ("${key}")`)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    },
  )

  it('huge strings and deep nesting', async () => {
    const file = await goodBackup()
    file.tables['profiles']![0]!['name'] = 'x'.repeat(BACKUP_LIMITS.maxStringLength + 1)
    expect(refused(JSON.stringify(file))).toMatch(/a text of 20001 characters/)
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`
    expect(refused(`{"format":"${BACKUP_FORMAT}","deep":${deep}}`)).toMatch(/nested too deeply/)
  })

  it('a file larger than the app opens', () => {
    expect(refused(`"${'x'.repeat(BACKUP_LIMITS.maxChars)}"`)).toMatch(/too large/)
  })

  it.each([
    [
      'a person with an impossible age',
      'profiles',
      0,
      { ageYears: -3 },
      /person 1 \(Ana\) is damaged: Age must be between 0 and 120/,
    ],
    [
      'a person without a name',
      'profiles',
      1,
      { name: '' },
      /person 2 is damaged: Please enter a name/,
    ],
    [
      'a plan entry with NaN-like servings',
      'planEntries',
      0,
      { item: { kind: 'recipe', recipeId: 'r', servings: -1 } },
      /planned meal 1 is damaged/,
    ],
    [
      'a plan entry on 30 February',
      'planEntries',
      0,
      { date: '2026-02-30' },
      /planned meal 1 is damaged: not a real date/,
    ],
    [
      'a catalogue food posing as an own food',
      'foods',
      0,
      { id: 'sr28:01077', source: 'usda-sr28' },
      /own food 1 \(Oat drink, fortified\) is damaged: not one of your own foods/,
    ],
    [
      'an own food with negative B12',
      'foods',
      0,
      { b12: { class: 'fortified', reason: 'label', foodUgPer100g: -5, crystallineUgPer100g: 0 } },
      /own food 1 .* is damaged/,
    ],
    [
      'a recipe with zero servings',
      'recipes',
      0,
      { servings: 0 },
      /recipe 1 \(Lentil soup\) is damaged/,
    ],
    [
      'a shopping state with a bad week',
      'shoppingState',
      0,
      { weekStart: 'monday' },
      /shopping list 1 is damaged/,
    ],
    [
      'a pantry item of an unknown kind',
      'pantry',
      0,
      { kind: 'rotten' },
      /pantry item 1 is damaged: not a pantry item the app knows/,
    ],
    ['a setting with an extra field', 'settings', 0, { extra: 1 }, /setting 1 is damaged/],
  ] as const)('%s, naming the row', async (_name, table, index, change, message) => {
    const file = await goodBackup()
    const rows = file.tables[table]!
    rows[index] = { ...rows[index], ...change }
    expect(refused(JSON.stringify(file))).toMatch(message)
  })

  it('the same id twice', async () => {
    const file = await goodBackup()
    file.tables['planEntries']!.push({ ...file.tables['planEntries']![0] })
    expect(refused(JSON.stringify(file))).toMatch(/planned meal 4 appears twice/)
  })

  it('a refused file changes nothing in the database', async () => {
    const db = createTestDb()
    await seedHousehold(db)
    const before = await userRows(db)
    const file = await goodBackup()
    file.tables['planEntries']![2]!['slot'] = 'midnight feast'
    expect(refused(JSON.stringify(file))).toMatch(/planned meal 3 is damaged/)
    expect(await userRows(db)).toEqual(before)
  })
})

describe('reading settings with defaults', () => {
  it('a damaged app settings value is restored with defaults, not refused', async () => {
    const file = await goodBackup()
    file.tables['settings'] = [{ key: 'app', value: { textSizePct: 999, units: 'us' } }]
    const result = parseBackup(JSON.stringify(file), CTX)
    expect(result.ok && result.backup.tables.settings).toEqual([
      {
        key: 'app',
        value: { textSizePct: 100, highContrast: false, reduceMotion: false, units: 'us' },
      },
    ])
  })
})

describe('a backup made at schema version 1', () => {
  /** Rows as a v1 app wrote them: a person without createdAt, plan rows with stale index copies. */
  const v1File = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    schemaVersion: 1,
    appVersion: '0.0.9',
    exportedAt: '2026-11-20T09:00:00.000Z',
    counts: {},
    tables: {
      profiles: [
        {
          id: 'p-old',
          name: 'Old Rosa',
          ageYears: 70,
          sex: 'F',
          diet: 'vegan',
          updatedAt: '2026-10-01T00:00:00.000Z',
        },
      ],
      planEntries: [
        {
          id: 'old-1',
          profileId: 'p-old',
          date: '2026-11-16',
          slot: 'lunch',
          item: { kind: 'food', foodId: 'sr28:16139', grams: 200 },
          recipeId: 'stale',
        },
        {
          id: 'old-2',
          profileId: 'p-old',
          date: '2026-11-17',
          slot: 'dinner',
          item: { kind: 'recipe', recipeId: 'dal', servings: 2 },
        },
      ],
      settings: [
        {
          key: 'app',
          value: { textSizePct: 125, highContrast: true, reduceMotion: false, units: 'metric' },
        },
      ],
    },
  }

  it('restores, with its rows upgraded to the current shape', async () => {
    const result = parseBackup(JSON.stringify(v1File), CTX)
    if (!result.ok) throw new Error(result.message)
    expect(result.backup.schemaVersion).toBe(1)
    const db = createTestDb()
    expect(await restoreBackup(db, result.backup, 'replace')).toMatchObject({ ok: true })
    const rosa = await db.profiles.get('p-old')
    expect(rosa).toMatchObject({
      name: 'Old Rosa',
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedAt: '2026-10-01T00:00:00.000Z',
      medications: [],
    })
    expect(await db.profiles.orderBy('createdAt').primaryKeys()).toEqual(['p-old'])
    expect(await db.planEntries.get('old-1')).toEqual({
      id: 'old-1',
      profileId: 'p-old',
      date: '2026-11-16',
      slot: 'lunch',
      item: { kind: 'food', foodId: 'sr28:16139', grams: 200 },
      foodId: 'sr28:16139',
      locked: false,
    })
    expect(await db.planEntries.where('recipeId').equals('dal').primaryKeys()).toEqual(['old-2'])
    expect(await db.planEntries.where('recipeId').equals('stale').count()).toBe(0)
    expect((await db.settings.get('app'))?.value).toMatchObject({
      textSizePct: 125,
      highContrast: true,
    })
  })
})
