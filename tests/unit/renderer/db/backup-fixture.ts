/**
 * A small household written through the real repos (so rows have exactly the shape the app
 * stores), plus catalogue rows that a backup must leave out.
 */
import { customFoodFromLabel } from '../../../../src/core/foods/custom-food'
import type { FoodRecord } from '../../../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
} from '../../../../src/core/planning/types'
import { grams } from '../../../../src/core/units'
import type { AppDb } from '../../../../src/renderer/db/app-db'
import { BACKUP_FORMAT } from '../../../../src/renderer/db/backup'
import { LATEST_SCHEMA_VERSION } from '../../../../src/renderer/db/schema'
import { createFoodsRepo, toFoodRow } from '../../../../src/renderer/db/repos/foods-repo'
import { createPlanRepo } from '../../../../src/renderer/db/repos/plan-repo'
import { createProfilesRepo } from '../../../../src/renderer/db/repos/profiles-repo'
import { createSettingsRepo } from '../../../../src/renderer/db/repos/settings-repo'
import { makePerson } from '../../../fixtures/person'

export const TODAY = '2026-11-21'
export const NOW = '2026-11-21T12:00:00.000Z'
export const CTX = { today: TODAY, now: NOW }
export const clock = { today: () => TODAY, now: () => NOW }

/** A minimal valid backup text holding one profile row, as collectBackup would write it. */
export function backupWithProfile(profile: unknown): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: 1,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: '0.1.0',
    exportedAt: NOW,
    counts: {
      profiles: 1,
      foods: 0,
      recipes: 0,
      planEntries: 0,
      pantry: 0,
      shoppingState: 0,
      settings: 0,
    },
    tables: {
      profiles: [profile],
      foods: [],
      recipes: [],
      planEntries: [],
      pantry: [],
      shoppingState: [],
      settings: [],
    },
  })
}

export function customFood(uuid = '11111111-2222-4333-8444-555555555555'): FoodRecord {
  const result = customFoodFromLabel({
    uuid,
    name: 'Oat drink, fortified',
    kind: 'food',
    servingSize: 250,
    servingUnit: 'ml',
    b12UgPerServing: 0.95,
    diet: 'vegan',
  })
  if (!result.ok) throw new Error('fixture food is invalid')
  return result.food
}

/** A USDA catalogue row: not user data. */
export function catalogueFood(): FoodRecord {
  return {
    ...customFood(),
    id: 'sr28:01077' as FoodRecord['id'],
    source: 'usda-sr28',
    sourceId: '01077',
    name: 'Milk, whole',
  }
}

export function planEntry(
  id: string,
  person: string,
  date: string,
  overrides: Partial<PlanEntry> = {},
): PlanEntry {
  return {
    id: planEntryId(id),
    profileId: profileId(person),
    date,
    slot: 'breakfast',
    item: { kind: 'recipe', recipeId: recipeId('porridge'), servings: 1 },
    locked: false,
    ...overrides,
  }
}

export const RECIPE_ROW = {
  id: 'user-recipe-1',
  name: 'Lentil soup',
  updatedAt: NOW,
  slots: ['lunch', 'dinner'],
  servings: 4,
  ingredients: [
    { foodId: 'custom:11111111-2222-4333-8444-555555555555', grams: 250, note: '1 cup' },
  ],
  steps: ['Simmer.'],
  prepMinutes: 30,
  tags: ['budget'],
  source: 'user',
}

export async function seedHousehold(db: AppDb): Promise<void> {
  const profiles = createProfilesRepo(db, clock)
  await profiles.save(
    makePerson({
      id: profileId('p-ana'),
      name: 'Ana',
      ageYears: 34,
      createdAt: '2026-11-01T08:00:00.000Z',
    }),
  )
  await profiles.save(
    makePerson({
      id: profileId('p-walter'),
      name: 'Walter',
      ageYears: 78,
      sex: 'M',
      diet: 'omnivore',
      medications: [
        {
          text: 'omeprazole',
          class: 'ppi',
          generic: 'omeprazole',
          brand: null,
          duration: 'over_2',
        },
      ],
      supplements: [
        { id: 's1', foodId: customFood().id, units: 1, slot: 'breakfast', days: [0, 3] },
      ],
      createdAt: '2026-11-02T08:00:00.000Z',
    }),
  )
  await createFoodsRepo(db).putCustom(customFood())
  await db.foods.put(toFoodRow(catalogueFood()))
  await db.recipes.put(RECIPE_ROW)
  await createPlanRepo(db).put([
    planEntry('e1', 'p-ana', '2026-11-16'),
    planEntry('e2', 'p-ana', '2026-11-17', {
      slot: 'dinner',
      item: { kind: 'food', foodId: customFood().id, grams: grams(250) },
      locked: true,
    }),
    planEntry('e3', 'p-walter', '2026-11-23', {
      slot: 'snack',
      item: { kind: 'supplement', foodId: customFood().id, units: 1 },
    }),
  ])
  // Rows as the shopping repo stores them (see src/renderer/db/repos/shopping-repo.ts).
  await db.pantry.put({ id: 'pantry-1', foodId: 'sr28:01077', kind: 'staple' })
  await db.shoppingState.bulkPut([
    {
      id: 'list:2026-11-16:2026-11-22',
      weekStart: '2026-11-16',
      to: '2026-11-22',
      checked: ['sr28:01077', 'manual:abc'],
      manual: [{ id: 'abc', text: 'Candles' }],
    },
    {
      id: 'aisles',
      weekStart: '',
      order: ['produce', 'dairy'],
      overrides: { 'sr28:01077': 'dairy' },
    },
  ])
  await createSettingsRepo(db).update({ textSizePct: 150, units: 'us' })
}

/** Every user table's rows, sorted by key, for comparing whole databases. */
export async function userRows(db: AppDb) {
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.id.localeCompare(b.id))
  return {
    profiles: byId(await db.profiles.toArray()),
    foods: byId(await db.foods.where('source').equals('user').toArray()),
    recipes: byId(await db.recipes.toArray()),
    planEntries: byId(await db.planEntries.toArray()),
    pantry: byId(await db.pantry.toArray()),
    shoppingState: byId(await db.shoppingState.toArray()),
    settings: [...(await db.settings.toArray())].sort((a, b) => a.key.localeCompare(b.key)),
  }
}
