/**
 * Schema version 1, 2026-11-21. FROZEN: never edit this file after it has shipped. A change to
 * the schema is a new file (v2-YYYY-MM-DD.ts) with its own upgrade and an N-1 → N test.
 *
 * Only indexed fields appear here; rows carry more fields (see ../rows.ts).
 */
export const V1 = {
  version: 1,
  date: '2026-11-21',
  stores: {
    profiles: 'id, name, updatedAt',
    foods: 'id, source, kind, b12Class',
    catalogue: 'id',
    recipes: 'id, name, updatedAt',
    planEntries: 'id, [profileId+date], date, profileId, recipeId, foodId',
    pantry: 'id, &foodId',
    shoppingState: 'id, weekStart',
    settings: 'key',
    meta: 'key',
  },
} as const
