import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { profileId } from '../../../../src/core/planning/types'
import type { UsualWeek } from '../../../../src/core/profiles/usual-week'
import {
  collectBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
} from '../../../../src/renderer/db/backup'
import { createProfilesRepo } from '../../../../src/renderer/db/repos/profiles-repo'
import { makePerson } from '../../../fixtures/person'
import { createTestDb } from '../../../fixtures/test-db'
import { backupWithProfile, clock, CTX, NOW } from './backup-fixture'

const usualWeek: UsualWeek = {
  answers: [
    { source: 'b12_supplement', frequency: '1_2', slots: ['breakfast'] },
    { source: 'fortified_plant_milk', frequency: 'daily', slots: ['breakfast', 'snack'] },
  ],
  supplementUg: 2000,
}

describe('the usual week in stored rows and backups', () => {
  it('round-trips through export and restore', async () => {
    const source = createTestDb()
    await createProfilesRepo(source, clock).save(
      makePerson({ id: profileId('p-ana'), name: 'Ana', usualWeek }),
    )
    const text = serializeBackup(await collectBackup(source, { appVersion: '0.1.0', now: NOW }))
    const parsed = parseBackup(text, CTX)
    if (!parsed.ok) throw new Error(parsed.message)
    const target = createTestDb()
    await restoreBackup(target, parsed.backup, 'replace')
    const [ana] = await createProfilesRepo(target, clock).list()
    expect(ana?.usualWeek).toEqual(usualWeek)
  })

  it('a row saved before the question existed loads with usualWeek: null (intake not known)', async () => {
    const db = createTestDb()
    const { usualWeek: _none, ...old } = makePerson({ id: profileId('p-old'), name: 'Old' })
    await db.profiles.put(old as never)
    const [person] = await createProfilesRepo(db, clock).list()
    expect(person?.name).toBe('Old')
    expect(person?.usualWeek).toBeNull()
  })

  it('a backup row with a damaged usual week is refused with a message naming the field', () => {
    const bad = {
      ...makePerson({ id: profileId('p-bad') }),
      usualWeek: { answers: [{ source: 'eggs', frequency: 'daily', slots: [] }] },
    }
    const parsed = parseBackup(backupWithProfile(bad), CTX)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(/Eggs: choose at least one meal/)
  })
})
