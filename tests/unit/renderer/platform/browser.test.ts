import { describe, expect, it, vi } from 'vitest'
import { createBrowserApi } from '../../../../src/renderer/platform/browser'
import { resolveDesktopApi } from '../../../../src/renderer/platform/desktop'

describe('browser DesktopApi', () => {
  it('saves text as a download with the right type', async () => {
    const download = vi.fn()
    const api = createBrowserApi({ version: '1.2.3', download })
    const result = await api.saveFile({
      suggestedName: 'list.csv',
      content: 'a,b',
      encoding: 'utf8',
      filters: [],
    })
    expect(result).toEqual({ ok: true, path: 'list.csv' })
    const [blob, name] = download.mock.calls[0] as [Blob, string]
    expect(name).toBe('list.csv')
    expect(blob.type).toBe('text/csv;charset=utf-8')
    expect(await blob.text()).toBe('a,b')
  })

  it('decodes base64 content (PDFs) to bytes', async () => {
    const download = vi.fn()
    const api = createBrowserApi({ version: '1', download })
    await api.saveFile({
      suggestedName: 'x.pdf',
      content: btoa('%PDF-1.7'),
      encoding: 'base64',
      filters: [],
    })
    const [blob] = download.mock.calls[0] as [Blob]
    expect(blob.type).toBe('application/pdf')
    expect(await blob.text()).toBe('%PDF-1.7')
  })

  it('reports bad base64 as an error value, not a throw', async () => {
    const api = createBrowserApi({ version: '1', download: vi.fn() })
    const result = await api.saveFile({
      suggestedName: 'x.pdf',
      content: '!!!',
      encoding: 'base64',
      filters: [],
    })
    expect(result).toMatchObject({ ok: false, reason: 'error' })
  })

  it('opens a file through a file input and refuses one that is too large', async () => {
    const api = createBrowserApi({ version: '1' })
    const clickSpy = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      const file = new File(['x'.repeat(2048)], 'big.json', { type: 'application/json' })
      Object.defineProperty(this, 'files', { value: [file] })
      this.dispatchEvent(new Event('change'))
    })
    const tooLarge = await api.openFile({
      filters: [{ name: 'Backup', extensions: ['json'] }],
      maxBytes: 1024,
    })
    expect(tooLarge).toMatchObject({ ok: false, reason: 'too-large' })
    const fine = await api.openFile({ filters: [], maxBytes: 4096 })
    expect(fine).toEqual({ ok: true, name: 'big.json', content: 'x'.repeat(2048) })
    clickSpy.mockRestore()
  })

  it('reports app info as the browser host', async () => {
    expect(await createBrowserApi({ version: '1.2.3' }).getAppInfo()).toMatchObject({
      host: 'browser',
      version: '1.2.3',
    })
  })

  it('prefers the Electron bridge when the preload exposed one', () => {
    const bridge = createBrowserApi({ version: 'bridge' })
    window.desktop = bridge
    expect(resolveDesktopApi('x')).toBe(bridge)
    delete window.desktop
    expect(resolveDesktopApi('x')).not.toBe(bridge)
  })
})
