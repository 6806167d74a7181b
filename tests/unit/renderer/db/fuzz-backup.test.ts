/**
 * Hostile and broken input, generated: the backup parser (and restore), the custom-food label
 * logic and the recipe decoder never crash, never write part of something, and always answer
 * with a result or a plain message.
 */
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { customFoodFromLabel } from '../../../../src/core/foods/custom-food'
import {
  decodeRecipes,
  RecipeFormatError,
  RECIPES_FORMAT,
} from '../../../../src/core/planning/recipe-library'
import {
  BACKUP_FORMAT,
  collectBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
} from '../../../../src/renderer/db/backup'
import { createTestDb } from '../../../fixtures/test-db'
import { CTX, NOW, seedHousehold, userRows } from './backup-fixture'

const RUNS = { numRuns: 300 }

/** Mostly `valid`, sometimes nasty: so generated inputs reach both the accept and refuse paths. */
const mostly = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: nasty, weight: 1 })

/** Values that have broken parsers before: huge, negative, non-finite, pollution keys. */
const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    -1,
    0,
    -0,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    1e-320,
    '',
    ' ',
    'x'.repeat(25_000),
    '\u0000',
    '2026-02-30',
  ),
  fc.double(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name', 'item'),
    fc.jsonValue(),
    { maxKeys: 3 },
  ),
)

/** JSON text with occasional raw tokens JSON.stringify never writes (NaN, 1e999, a proto key). */
const sabotage = (text: string, how: number): string =>
  [
    text,
    text.replace(/:(\d+)([,}])/, ':NaN$2'),
    text.replace(/:(\d+)([,}])/, ':1e999$2'),
    text.replace('"name":', '"__proto__":{"polluted":1},"name":'),
    text.slice(0, Math.max(0, text.length - 7)),
  ][how % 12] ?? text

function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix)
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      paths(child, [...prefix, Array.isArray(value) ? Number(key) : key], out)
  }
  return out
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path[path.length - 1]!] = value
  return copy
}

function expectPlainMessage(result: ReturnType<typeof parseBackup>): void {
  if (!result.ok) {
    expect(result.message).toMatch(/Nothing was changed\.$/)
    expect(result.message.length).toBeLessThan(400)
  }
}

describe('backup parser (fuzzed)', async () => {
  const db = createTestDb()
  await seedHousehold(db)
  const good = JSON.parse(
    serializeBackup(await collectBackup(db, { appVersion: '0.1.0', now: NOW })),
  )
  const allPaths = paths(good)

  it('random text and random JSON never throw and are refused with a plain message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.jsonValue().map((v) => JSON.stringify({ format: BACKUP_FORMAT, tables: v })),
        ),
        (text) => {
          const result = parseBackup(text, CTX)
          expect(result.ok).toBe(false)
          expectPlainMessage(result)
        },
      ),
      RUNS,
    )
  })

  it('a valid backup with one value replaced: a plain refusal, or a backup that restores whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...allPaths), nasty, fc.nat(), async (path, value, how) => {
        const text = sabotage(JSON.stringify(setAt(good, path, value)), how)
        const result = parseBackup(text, CTX)
        expectPlainMessage(result)
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
        if (!result.ok) return
        // Accepted: it must restore completely (every row stored) or not at all.
        const target = createTestDb()
        const restored = await restoreBackup(target, result.backup, 'replace')
        expect(restored.ok).toBe(true)
        const rows = await userRows(target)
        for (const table of Object.keys(rows) as (keyof typeof rows)[])
          expect(rows[table]).toHaveLength(result.backup.tables[table].length)
        target.close()
      }),
      { numRuns: 150 },
    )
  })
})

describe('custom food from a label (fuzzed)', () => {
  // Found by this fuzz test: a serving of 5e-324 g once gave Infinity µg per 100 g.
  it('refuses a serving size so small that per-100 g values would overflow', () => {
    const result = customFoodFromLabel({
      uuid: '00000000-0000-1000-8000-000000000000',
      name: '!',
      kind: 'food',
      servingSize: 5e-324,
      b12UgPerServing: '1',
      diet: 'vegan',
    })
    expect(result.ok).toBe(false)
  })

  const amount = (max: number) =>
    fc.oneof(fc.double({ min: 0, max, noNaN: true }), fc.integer({ min: 0, max }).map(String))
  const labelInput = fc.record(
    {
      uuid: mostly(fc.uuid()),
      name: mostly(fc.string({ minLength: 1, maxLength: 130 })),
      kind: mostly(fc.constantFrom('food', 'supplement')),
      servingSize: mostly(amount(6000)),
      servingUnit: mostly(fc.constantFrom('g', 'ml')),
      b12UgPerServing: mostly(amount(12_000)),
      energyKcalPerServing: mostly(amount(2000)),
      proteinGPerServing: mostly(amount(300)),
      folicAcidUgPerServing: mostly(amount(12_000)),
      diet: mostly(fc.constantFrom('vegan', 'omnivore', 'pescatarian', 'lacto_ovo_vegetarian')),
      aisle: mostly(fc.constantFrom('produce', 'dairy', 'other')),
      supplementUnit: mostly(fc.constantFrom('tablet', 'spray')),
    },
    { requiredKeys: ['uuid', 'name', 'kind', 'b12UgPerServing', 'diet', 'servingSize'] },
  )

  it('never throws; every refusal names a field with a message; every food is finite, non-negative and backs up', () => {
    fc.assert(
      fc.property(fc.oneof(labelInput, nasty), (input) => {
        const result = customFoodFromLabel(input)
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0)
          for (const error of result.errors) expect(error.message).toMatch(/\S/)
          return
        }
        for (const value of Object.values(result.food.per100g)) {
          if (value !== null) expect(Number.isFinite(value) && value >= 0).toBe(true)
        }
        // A food the form accepts must also be accepted by a backup of it.
        const backup = {
          format: BACKUP_FORMAT,
          formatVersion: 1,
          schemaVersion: 2,
          appVersion: 't',
          exportedAt: NOW,
          tables: { foods: [{ ...result.food, b12Class: result.food.b12.class }] },
        }
        const parsed = parseBackup(JSON.stringify(backup), CTX)
        expect(parsed.ok ? 'ok' : parsed.message).toBe('ok')
      }),
      { numRuns: 500 },
    )
  })
})

describe('recipe decoder (fuzzed)', () => {
  const foods = new Map([['sr28:16139', {}]]) as never
  const recipe = fc.record(
    {
      id: mostly(fc.constantFrom('dal', 'soup-1', 'oats')),
      name: mostly(fc.string({ minLength: 1 })),
      slots: mostly(fc.constant(['lunch'])),
      servings: mostly(fc.integer({ min: -1, max: 8 })),
      prepMinutes: mostly(fc.integer({ min: -1, max: 60 })),
      diet: mostly(fc.constant('vegan')),
      tags: mostly(fc.constantFrom([], ['quick'])),
      steps: mostly(fc.constant(['Cook.'])),
      ingredients: mostly(fc.constant([{ foodId: 'sr28:16139', grams: 100 }])),
    },
    {
      requiredKeys: [
        'id',
        'name',
        'slots',
        'servings',
        'prepMinutes',
        'diet',
        'tags',
        'steps',
        'ingredients',
      ],
    },
  )

  it('returns recipes or throws a RecipeFormatError with a message, nothing else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            format: fc.constant(RECIPES_FORMAT),
            recipes: fc.array(recipe, { maxLength: 3 }),
          }),
          nasty,
        ),
        (json) => {
          try {
            const recipes = decodeRecipes(json, foods)
            for (const decoded of recipes) expect(decoded.servings).toBeGreaterThan(0)
          } catch (error) {
            expect(error).toBeInstanceOf(RecipeFormatError)
            expect((error as Error).message).toMatch(/^Recipes: /)
          }
        },
      ),
      RUNS,
    )
  })
})
