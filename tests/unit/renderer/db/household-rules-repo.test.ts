import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { HouseholdRule } from '../../../../src/core/planning/household-rules'
import {
  collectBackup,
  deleteAllUserData,
  parseBackup,
  restoreBackup,
  serializeBackup,
} from '../../../../src/renderer/db/backup'
import {
  createHouseholdRulesRepo,
  HOUSEHOLD_RULES_KEY,
  parseHouseholdRules,
} from '../../../../src/renderer/db/repos/household-rules-repo'
import { createTestDb } from '../../../fixtures/test-db'
import { CTX, NOW } from './backup-fixture'

const FISH: HouseholdRule = {
  id: 'r1',
  type: 'at-least',
  count: 2,
  what: { kind: 'fish' },
  weight: 'important',
}
const SOY: HouseholdRule = {
  id: 'r2',
  type: 'avoid',
  avoid: 'soy',
  slot: 'breakfast',
  weight: 'nice',
}
const QUICK: HouseholdRule = {
  id: 'r3',
  type: 'max-prep',
  minutes: 20,
  days: 'weekdays',
  weight: 'nice',
}

describe('parseHouseholdRules', () => {
  it.each([
    ['nothing stored', undefined],
    ['not an object', 'fish twice'],
    ['no list', { rules: 'fish' }],
    ['a list under another name', { list: [FISH] }],
  ])('a bad row reads as no rules: %s', (_label, value) => {
    expect(parseHouseholdRules(value)).toEqual([])
  })

  it('drops the rules that do not parse and keeps the others', () => {
    const bad = [
      { ...FISH, count: -1 },
      { ...FISH, count: 2.5 },
      { ...FISH, what: { kind: 'cheese' } },
      { ...SOY, avoid: '' },
      { ...QUICK, days: 'mondays' },
      { ...FISH, weight: 'essential' },
      { id: 'x', type: 'on-day', word: 'pizza', weekday: 7, weight: 'nice' },
      { ...FISH, extra: true },
      null,
    ]
    expect(parseHouseholdRules({ rules: [FISH, ...bad, SOY] })).toEqual([FISH, SOY])
  })
})

describe('household rules repo', () => {
  it('adds, lists in order, removes and puts a rule back where it was', async () => {
    const repo = createHouseholdRulesRepo(createTestDb())
    expect(await repo.list()).toEqual([])
    for (const rule of [FISH, SOY, QUICK]) await repo.add(rule)
    const removed = await repo.remove('r2')
    expect(removed).toEqual({ rule: SOY, index: 1 })
    expect(await repo.list()).toEqual([FISH, QUICK])
    if (removed) await repo.restore(removed)
    expect(await repo.list()).toEqual([FISH, SOY, QUICK])
    expect(await repo.remove('nope')).toBeNull()
  })

  it('refuses an invalid rule and keeps what is stored', async () => {
    const repo = createHouseholdRulesRepo(createTestDb())
    await repo.add(FISH)
    await expect(repo.add({ ...QUICK, minutes: 0 })).rejects.toThrow()
    expect(await repo.list()).toEqual([FISH])
  })

  it('a damaged stored row reads as no rules', async () => {
    const db = createTestDb()
    await db.settings.put({ key: HOUSEHOLD_RULES_KEY, value: 42 })
    expect(await createHouseholdRulesRepo(db).list()).toEqual([])
  })

  it('survives a backup and restore', async () => {
    const db = createTestDb()
    const repo = createHouseholdRulesRepo(db)
    await repo.add(FISH)
    await repo.add(QUICK)
    const text = serializeBackup(await collectBackup(db, { appVersion: '0.1.0', now: NOW }))
    await deleteAllUserData(db)
    expect(await repo.list()).toEqual([])
    const parsed = parseBackup(text, CTX)
    if (!parsed.ok) throw new Error(parsed.message)
    expect(await restoreBackup(db, parsed.backup, 'replace')).toMatchObject({ ok: true })
    expect(await repo.list()).toEqual([FISH, QUICK])
  })
})
