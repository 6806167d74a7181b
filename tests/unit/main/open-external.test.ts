import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { SOURCES } from '../../../src/core/b12/sources'
import { ALLOWED_EXTERNAL_URLS, allowedExternalUrl } from '../../../src/shared/external-links'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { openExternal } = await import('../../../src/main/ipc/open-external')
const window = {} as BrowserWindow
const ODS = 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/'

beforeEach(() => vi.clearAllMocks())

describe('the external link allow-list', () => {
  it('is exactly the URLs of the sources the app cites', () => {
    const cited = Object.values(SOURCES)
      .map((source) => source.url)
      .filter((url): url is string => url !== null)
    expect([...ALLOWED_EXTERNAL_URLS].sort()).toEqual([...new Set(cited)].sort())
  })

  it.each([
    ['plain http', ODS.replace('https:', 'http:')],
    [
      'another host',
      'https://ods.od.nih.gov.evil.example/factsheets/VitaminB12-HealthProfessional/',
    ],
    [
      'a lookalike subdomain',
      'https://evil.ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/',
    ],
    ['credentials', 'https://user:pw@ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/'],
    ['a port', 'https://ods.od.nih.gov:8443/factsheets/VitaminB12-HealthProfessional/'],
    ['a query', `${ODS}?next=https://evil.example`],
    ['a fragment', `${ODS}#x`],
    ['another path on the same host', 'https://ods.od.nih.gov/factsheets/'],
    ['a path that climbs out', `${ODS}../../evil`],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['not a URL', 'ods.od.nih.gov'],
    ['a very long string', `${ODS}${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    expect(allowedExternalUrl(url)).toBeNull()
  })

  it('accepts an allowed URL written with an upper-case host', () => {
    expect(
      allowedExternalUrl('https://ODS.od.nih.gov/factsheets/VitaminB12-HealthProfessional/'),
    ).toBe(ODS)
  })
})

describe('openExternal (main)', () => {
  it('asks first, showing the address, then opens only the normalised allowed URL', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    await expect(openExternal(window, ODS)).resolves.toEqual({ ok: true })
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ detail: ODS, cancelId: 1, defaultId: 1 }),
    )
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(ODS)
  })

  it('opens nothing when the person cancels', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    await expect(openExternal(window, ODS)).resolves.toEqual({ ok: false, reason: 'cancelled' })
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('refuses anything else without a dialog', async () => {
    await expect(openExternal(window, 'https://evil.example/')).resolves.toEqual({
      ok: false,
      reason: 'not-allowed',
    })
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })
})
