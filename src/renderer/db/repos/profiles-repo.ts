/**
 * The household: people and their details, each row checked with the core's validatePerson on
 * the way in and out (nothing loaded is trusted). Removing a person removes their planned meals
 * in the same transaction and hands both back, so the page can offer undo.
 */
import type { Person } from '../../../core/profiles/person'
import { validatePerson, type PersonFieldError } from '../../../core/profiles/validate-person'
import type { AppDb } from '../app-db'
import type { PlanEntryRow, ProfileRow } from '../rows'

export interface RemovedPerson {
  person: Person
  planEntries: PlanEntryRow[]
}

export class PersonValidationError extends Error {
  override name = 'PersonValidationError'
  constructor(readonly errors: PersonFieldError[]) {
    super(errors.map((error) => error.message).join(' '))
  }
}

export interface ProfilesRepoDeps {
  /** Today as YYYY-MM-DD and the current time as ISO, injected so tests control the clock. */
  today: () => string
  now: () => string
}

export function createProfilesRepo(db: AppDb, clock: ProfilesRepoDeps) {
  const read = (row: ProfileRow): Person | null => {
    const result = validatePerson(row, clock.today(), row.updatedAt)
    if (!result.ok) console.warn(`Skipping a damaged household entry (${row.id}):`, result.errors)
    return result.ok ? { ...result.person, updatedAt: row.updatedAt } : null
  }
  return {
    /** Everyone, oldest first. Damaged rows are skipped (and reported in the console). */
    async list(): Promise<Person[]> {
      const rows = await db.profiles.toArray()
      return rows
        .map(read)
        .filter((person): person is Person => person !== null)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    },
    async get(id: string): Promise<Person | undefined> {
      const row = await db.profiles.get(id)
      return row ? (read(row) ?? undefined) : undefined
    },
    /** Validates and saves; throws PersonValidationError (nothing saved) when invalid. */
    async save(input: unknown): Promise<Person> {
      const result = validatePerson(input, clock.today(), clock.now())
      if (!result.ok) throw new PersonValidationError(result.errors)
      await db.profiles.put(result.person as unknown as ProfileRow)
      return result.person
    },
    async remove(id: string): Promise<RemovedPerson | undefined> {
      return db.transaction('rw', db.profiles, db.planEntries, async () => {
        const row = await db.profiles.get(id)
        if (!row) return undefined
        const planEntries = await db.planEntries.where('profileId').equals(id).toArray()
        await db.planEntries.bulkDelete(planEntries.map((entry) => entry.id))
        await db.profiles.delete(id)
        return { person: row as unknown as Person, planEntries }
      })
    },
    /** Puts a removed person and their meals back exactly as they were (undo). */
    async restore(removed: RemovedPerson): Promise<void> {
      await db.transaction('rw', db.profiles, db.planEntries, async () => {
        await db.profiles.put(removed.person as unknown as ProfileRow)
        await db.planEntries.bulkPut(removed.planEntries)
      })
    },
  }
}

export type ProfilesRepo = ReturnType<typeof createProfilesRepo>
