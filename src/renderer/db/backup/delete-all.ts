/**
 * Removes everything the person entered (household, plans, own foods and recipes, pantry,
 * shopping ticks, settings) in one transaction. The shipped food catalogue stays.
 */
import type { AppDb } from '../app-db'

export async function deleteAllUserData(db: AppDb): Promise<void> {
  await db.transaction(
    'rw',
    [db.profiles, db.foods, db.recipes, db.planEntries, db.pantry, db.shoppingState, db.settings],
    async () => {
      await Promise.all([
        db.profiles.clear(),
        db.recipes.clear(),
        db.planEntries.clear(),
        db.pantry.clear(),
        db.shoppingState.clear(),
        db.settings.clear(),
      ])
      await db.foods.where('source').equals('user').delete()
    },
  )
}
