import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { profileId } from '../../../../src/core/planning/types'
import { parseBackup, restoreBackup } from '../../../../src/renderer/db/backup'
import { createProfilesRepo } from '../../../../src/renderer/db/repos/profiles-repo'
import { makePerson } from '../../../fixtures/person'
import { createTestDb } from '../../../fixtures/test-db'
import { backupWithProfile, clock, CTX } from './backup-fixture'

/** Medicines as rows held them before "For how long?" had choices: years of use, or null. */
const OLD_MEDICATIONS = [
  { text: 'Losec', class: 'ppi', generic: 'omeprazole', brand: 'Losec', years: 3 },
  { text: 'Pepcid', class: 'h2ra', generic: 'famotidine', brand: 'Pepcid', years: null },
  { text: 'Zantac', class: 'h2ra', generic: 'ranitidine', brand: 'Zantac', years: 0.5 },
  { text: 'Glucophage', class: 'metformin', generic: 'metformin', brand: 'Glucophage', years: 6 },
]
const AS_ANSWERS = [
  ['Losec', 'over_2'],
  ['Pepcid', 'unknown'],
  ['Zantac', 'under_1'],
  ['Glucophage', null],
]

describe('medicines in stored rows and backups saved with years of use', () => {
  it('a stored row loads, each acid reducer with the answer its years meant (§6a.4)', async () => {
    const db = createTestDb()
    await db.profiles.put({
      ...makePerson({ id: profileId('p-old') }),
      medications: OLD_MEDICATIONS,
    } as never)
    const [person] = await createProfilesRepo(db, clock).list()
    expect(person?.medications.map((m) => [m.text, m.duration])).toEqual(AS_ANSWERS)
  })

  it('a backup restores the same way', async () => {
    const row = { ...makePerson({ id: profileId('p-old') }), medications: OLD_MEDICATIONS }
    const parsed = parseBackup(backupWithProfile(row), CTX)
    if (!parsed.ok) throw new Error(parsed.message)
    const db = createTestDb()
    await restoreBackup(db, parsed.backup, 'replace')
    const [person] = await createProfilesRepo(db, clock).list()
    expect(person?.medications.map((m) => [m.text, m.duration])).toEqual(AS_ANSWERS)
  })
})
