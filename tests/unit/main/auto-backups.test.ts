import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { createAutoBackupStore, KEEP_DAYS, localDay } =
  await import('../../../src/main/backup/auto-backups')

const root = mkdtempSync(path.join(tmpdir(), 'b12-auto-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let n = 0
const newFolder = () => path.join(root, `case-${++n}`, 'backups')

const backup = (marker: string) => JSON.stringify({ format: 'b12-planner-backup', marker })
/** Noon on the given local day, so the file name does not depend on the machine's time zone. */
const at = (day: string) => new Date(`${day}T12:00:00`)

describe('automatic backups on disk', () => {
  it('writes one file per local day into a folder it creates, overwriting during that day', async () => {
    const folder = newFolder()
    let now = at('2026-11-21')
    const store = createAutoBackupStore(folder, () => now)
    await expect(store.write(backup('morning'))).resolves.toEqual({
      ok: true,
      name: 'auto-backup-2026-11-21.json',
      path: path.join(folder, 'auto-backup-2026-11-21.json'),
    })
    await store.write(backup('evening'))
    now = at('2026-11-22')
    await store.write(backup('next day'))
    expect(readdirSync(folder).sort()).toEqual([
      'auto-backup-2026-11-21.json',
      'auto-backup-2026-11-22.json',
    ])
    expect(
      JSON.parse(readFileSync(path.join(folder, 'auto-backup-2026-11-21.json'), 'utf8')).marker,
    ).toBe('evening')
  })

  it(`keeps only the newest ${KEEP_DAYS} days, and leaves other files alone`, async () => {
    const folder = newFolder()
    mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(folder, 'my-notes.txt'), 'keep me')
    writeFileSync(
      path.join(folder, '.auto-backup-2026-01-01.json.0f0e-dead.tmp'),
      'left by a crash',
    )
    let day = new Date(2026, 0, 1, 12)
    const store = createAutoBackupStore(folder, () => day)
    for (let i = 0; i < 20; i++) {
      await store.write(backup(`day ${i}`))
      day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 12)
    }
    const names = readdirSync(folder)
      .filter((name) => name.startsWith('auto-backup-'))
      .sort()
    expect(names).toHaveLength(KEEP_DAYS)
    expect(names[0]).toBe('auto-backup-2026-01-07.json')
    expect(names.at(-1)).toBe('auto-backup-2026-01-20.json')
    expect(readdirSync(folder)).toContain('my-notes.txt')
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('lists newest first with size and day, and reads one back', async () => {
    const folder = newFolder()
    let now = at('2026-11-20')
    const store = createAutoBackupStore(folder, () => now)
    await store.write(backup('a'))
    now = at('2026-11-21')
    await store.write(backup('bb'))
    const list = await store.list()
    expect(list).toMatchObject({ ok: true, folder })
    if (!list.ok) throw new Error('list failed')
    expect(list.backups.map((b) => [b.name, b.day, b.bytes])).toEqual([
      ['auto-backup-2026-11-21.json', '2026-11-21', backup('bb').length],
      ['auto-backup-2026-11-20.json', '2026-11-20', backup('a').length],
    ])
    await expect(store.read('auto-backup-2026-11-20.json')).resolves.toEqual({
      ok: true,
      name: 'auto-backup-2026-11-20.json',
      content: backup('a'),
    })
  })

  it('an empty or missing folder lists nothing', async () => {
    await expect(createAutoBackupStore(newFolder()).list()).resolves.toMatchObject({
      ok: true,
      backups: [],
    })
  })

  it('never stores something that is not a backup', async () => {
    const folder = newFolder()
    const store = createAutoBackupStore(folder, () => at('2026-11-21'))
    await expect(store.write('{"format":"something-else"}')).rejects.toThrow(
      /not a B12 Planner backup/,
    )
    await expect(store.write('not json')).rejects.toThrow(/not a B12 Planner backup/)
    await expect(store.list()).resolves.toMatchObject({ backups: [] })
  })

  it('reads only its own file names', async () => {
    const store = createAutoBackupStore(newFolder())
    for (const name of ['../secret.json', 'auto-backup-2026-11-21.json/../../x', '/etc/passwd']) {
      await expect(store.read(name)).rejects.toThrow(/not an automatic backup name/)
    }
    await expect(store.read('auto-backup-2026-01-01.json')).resolves.toMatchObject({
      ok: false,
      reason: 'error',
      message: expect.stringMatching(/ENOENT/),
    })
  })

  it('a write that cannot happen is reported as a value and the old file stays whole', async () => {
    const folder = newFolder()
    const store = createAutoBackupStore(folder, () => at('2026-11-21'))
    await store.write(backup('good'))
    // A folder where the file should go makes the rename fail.
    rmSync(path.join(folder, 'auto-backup-2026-11-21.json'))
    mkdirSync(path.join(folder, 'auto-backup-2026-11-21.json', 'child'), { recursive: true })
    await expect(store.write(backup('new'))).resolves.toMatchObject({ ok: false, reason: 'error' })
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const blocked = path.join(root, `blocked-${++n}`)
    writeFileSync(blocked, 'a file, not a folder')
    await expect(
      createAutoBackupStore(path.join(blocked, 'backups')).write(backup('x')),
    ).resolves.toMatchObject({ ok: false, reason: 'error' })
  })

  it('queues writes, so concurrent ones never collide', async () => {
    const folder = newFolder()
    const store = createAutoBackupStore(folder, () => at('2026-11-21'))
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.write(backup(`w${i}`))),
    )
    expect(results.every((result) => result.ok)).toBe(true)
    expect(
      JSON.parse(readFileSync(path.join(folder, 'auto-backup-2026-11-21.json'), 'utf8')).marker,
    ).toBe('w9')
  })

  it('names files by the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
