import { waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { profileId } from '../../../../../src/core/planning/types'
import { parseBackup } from '../../../../../src/renderer/db/backup'
import type { ProfileRow } from '../../../../../src/renderer/db/rows'
import {
  AUTO_BACKUP_DELAY_MS,
  startAutoBackup,
} from '../../../../../src/renderer/features/backup/auto-backup'
import { createFakeDesktop } from '../../../../fixtures/fake-desktop'
import { makePerson } from '../../../../fixtures/person'
import { createTestDb } from '../../../../fixtures/test-db'
import { CTX } from '../../db/backup-fixture'

const profile = (id: string) => makePerson({ id: profileId(id), name: id }) as unknown as ProfileRow

/** A hand-driven debounce timer: the test decides when "30 seconds" have passed. */
function manualTimer() {
  let next = 1
  const pending = new Map<number, { run: () => void; ms: number }>()
  return {
    set: (run: () => void, ms: number) => {
      pending.set(next, { run, ms })
      return next++
    },
    clear: (handle: unknown) => void pending.delete(handle as number),
    pending,
    /** Runs whatever is due; returns how many ran. */
    elapse() {
      const due = [...pending.values()]
      pending.clear()
      due.forEach((entry) => entry.run())
      return due.length
    },
  }
}

let stops: (() => void)[] = []
afterEach(() => {
  stops.forEach((stop) => stop())
  stops = []
})

async function start() {
  const db = createTestDb()
  await db.open()
  const desktop = createFakeDesktop()
  const timer = manualTimer()
  stops.push(
    startAutoBackup({
      db,
      desktop: desktop.api,
      appVersion: '1.2.3',
      now: () => '2026-11-21T12:00:00.000Z',
      timer,
    }),
  )
  // liveQuery's first result (the data as it is) is not a change.
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(timer.pending.size).toBe(0)
  return { db, desktop, timer }
}

/** Waits until a change has been seen, i.e. a debounced write is pending. */
const changeSeen = (timer: ReturnType<typeof manualTimer>) =>
  waitFor(() => expect(timer.pending.size).toBe(1))

describe('automatic backups in the renderer', () => {
  it('waits 30 s after the last of several changes, then writes one backup of everything', async () => {
    const { db, desktop, timer } = await start()
    let previous: number | undefined
    for (const id of ['a', 'b', 'c']) {
      await db.profiles.put(profile(id))
      // Each change replaces the pending timer with a new one (the 30 s start again).
      await waitFor(() => {
        expect(timer.pending.size).toBe(1)
        expect([...timer.pending.keys()][0]).not.toBe(previous)
      })
      previous = [...timer.pending.keys()][0]
    }
    expect([...timer.pending.values()].map((entry) => entry.ms)).toEqual([AUTO_BACKUP_DELAY_MS])
    expect(desktop.api.writeAutoBackup).not.toHaveBeenCalled()
    expect(timer.elapse()).toBe(1)
    await waitFor(() => expect(desktop.api.writeAutoBackup).toHaveBeenCalledOnce())
    const { content } = desktop.api.writeAutoBackup.mock.calls[0]![0]
    const parsed = parseBackup(content, CTX)
    expect(parsed.ok && parsed.backup.tables.profiles.map((row) => row.id)).toEqual(['a', 'b', 'c'])
    expect(parsed.ok && parsed.backup.appVersion).toBe('1.2.3')
  })

  it('an edit that keeps the row counts is a change too', async () => {
    const { db, timer } = await start()
    await db.profiles.put(profile('a'))
    await changeSeen(timer)
    timer.elapse()
    await db.profiles.update('a', { name: 'renamed' })
    await changeSeen(timer)
  })

  it('writes at once when the window is about to close, replacing the pending write', async () => {
    const { db, desktop, timer } = await start()
    await db.profiles.put(profile('late'))
    await changeSeen(timer)
    desktop.requestQuitBackup()
    expect(timer.pending.size).toBe(0)
    await waitFor(() => expect(desktop.api.writeAutoBackup).toHaveBeenCalledOnce())
    expect(desktop.api.writeAutoBackup.mock.calls[0]![0].content).toContain('"id":"late"')
  })

  it('stops for good when the host has no automatic backups (a browser)', async () => {
    const { db, desktop, timer } = await start()
    desktop.api.writeAutoBackup.mockResolvedValue({ ok: false, reason: 'unavailable' } as never)
    await db.profiles.put(profile('a'))
    await changeSeen(timer)
    timer.elapse()
    await waitFor(() => expect(desktop.api.writeAutoBackup).toHaveBeenCalledOnce())
    await db.profiles.put(profile('b'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(timer.pending.size).toBe(0)
    desktop.requestQuitBackup()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(desktop.api.writeAutoBackup).toHaveBeenCalledOnce()
  })
})
