import type { BrowserWindow } from 'electron'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { fakeWebContents } = await import('./fake-electron')
const { saveFile } = await import('../../../src/main/ipc/save-file')
const { openFile } = await import('../../../src/main/ipc/open-file')
const { printToPdf } = await import('../../../src/main/ipc/print-to-pdf')
const { writeFileAtomic } = await import('../../../src/main/ipc/write-file-atomic')

const dir = mkdtempSync(path.join(tmpdir(), 'b12-ipc-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const webContents = fakeWebContents()
const window = { webContents } as unknown as BrowserWindow

beforeEach(() => vi.clearAllMocks())

const saveTo = (target: string) =>
  electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
const openPick = (picked: string) =>
  electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [picked] })

describe('saveFile', () => {
  const request = {
    suggestedName: 'list.csv',
    content: 'item,grams\nlentils,500\n',
    encoding: 'utf8' as const,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  }

  it('offers the name and filters, then writes the text', async () => {
    const target = path.join(dir, 'list.csv')
    saveTo(target)
    await expect(saveFile(window, request)).resolves.toEqual({ ok: true, path: target })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: 'list.csv',
      filters: request.filters,
    })
    expect(readFileSync(target, 'utf8')).toBe(request.content)
  })

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const target = path.join(dir, 'backup.json')
    writeFileSync(target, 'old backup')
    saveTo(target)
    await saveFile(window, { ...request, content: '{"version":2}' })
    expect(readFileSync(target, 'utf8')).toBe('{"version":2}')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('decodes base64 content to bytes', async () => {
    const target = path.join(dir, 'bytes.bin')
    saveTo(target)
    await saveFile(window, {
      ...request,
      content: Buffer.from([0, 255, 1]).toString('base64'),
      encoding: 'base64',
    })
    expect([...readFileSync(target)]).toEqual([0, 255, 1])
  })

  it('refuses invalid base64 before showing a dialog', async () => {
    await expect(
      saveFile(window, { ...request, content: 'not base64!', encoding: 'base64' }),
    ).rejects.toThrow(/base64/)
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('returns cancelled when the user cancels, writing nothing', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    const before = readdirSync(dir)
    await expect(saveFile(window, request)).resolves.toEqual({ ok: false, reason: 'cancelled' })
    expect(readdirSync(dir)).toEqual(before)
  })

  it('reports a write failure as a value', async () => {
    saveTo(path.join(dir, 'no-such-folder', 'x.csv'))
    await expect(saveFile(window, request)).resolves.toMatchObject({
      ok: false,
      reason: 'error',
      message: expect.stringMatching(/ENOENT/),
    })
  })
})

describe('writeFileAtomic', () => {
  it('cleans up its temporary file when the rename fails', async () => {
    const target = path.join(dir, 'a-folder')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(path.join(target, 'child'), { recursive: true })
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow()
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('openFile', () => {
  const request = { filters: [{ name: 'Backup', extensions: ['json'] }], maxBytes: 16 }

  it('reads the picked file as UTF-8', async () => {
    const picked = path.join(dir, 'small.json')
    writeFileSync(picked, '{"a":"é"}')
    openPick(picked)
    await expect(openFile(window, request)).resolves.toEqual({
      ok: true,
      name: 'small.json',
      content: '{"a":"é"}',
    })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile'],
      filters: request.filters,
    })
  })

  it('refuses a file larger than maxBytes', async () => {
    const picked = path.join(dir, 'big.json')
    writeFileSync(picked, 'x'.repeat(17))
    openPick(picked)
    await expect(openFile(window, request)).resolves.toMatchObject({
      ok: false,
      reason: 'too-large',
    })
  })

  it('returns cancelled when nothing was picked', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    await expect(openFile(window, request)).resolves.toEqual({ ok: false, reason: 'cancelled' })
  })

  it('reports a folder or a vanished file as an error value', async () => {
    openPick(dir)
    await expect(openFile(window, request)).resolves.toMatchObject({ ok: false, reason: 'error' })
    openPick(path.join(dir, 'gone.json'))
    await expect(openFile(window, request)).resolves.toMatchObject({ ok: false, reason: 'error' })
  })
})

describe('printToPdf', () => {
  it('prints A4 with backgrounds, then saves where the user chose', async () => {
    const target = path.join(dir, 'plan.pdf')
    saveTo(target)
    await expect(printToPdf(window, { suggestedName: 'plan', landscape: true })).resolves.toEqual({
      ok: true,
      path: target,
    })
    expect(webContents.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      landscape: true,
      pageSize: 'A4',
    })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: 'plan.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    })
    expect(readFileSync(target, 'latin1')).toBe('%PDF-1.7 fake')
  })

  it('returns cancelled when the save dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true })
    await expect(
      printToPdf(window, { suggestedName: 'plan.pdf', landscape: false }),
    ).resolves.toEqual({ ok: false, reason: 'cancelled' })
  })

  it('reports a rendering failure as an error value', async () => {
    webContents.printToPDF.mockRejectedValueOnce(new Error('render failed'))
    await expect(
      printToPdf(window, { suggestedName: 'plan.pdf', landscape: false }),
    ).resolves.toEqual({ ok: false, reason: 'error', message: 'render failed' })
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})
