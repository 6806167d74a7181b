/** The browser fallback's backup and external-link methods, and the ExternalLink component. */
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ExternalLink } from '../../../../../src/renderer/components/ExternalLink'
import { createBrowserApi } from '../../../../../src/renderer/platform/browser'
import { renderWithServices } from '../../../../fixtures/render-app'

const NICE = 'https://www.nice.org.uk/guidance/ng239'

describe('browser fallback', () => {
  it('has no automatic backups, and says so as a value', async () => {
    const api = createBrowserApi({ version: '1' })
    await expect(api.writeAutoBackup({ content: '{}' })).resolves.toEqual({
      ok: false,
      reason: 'unavailable',
    })
    await expect(api.listAutoBackups()).resolves.toEqual({ ok: false, reason: 'unavailable' })
    await expect(api.readAutoBackup({ name: 'auto-backup-2026-11-21.json' })).resolves.toEqual({
      ok: false,
      reason: 'unavailable',
    })
    expect(typeof api.onBackupBeforeQuit(() => undefined)).toBe('function')
  })

  it('opens an allowed source in a new tab with noopener, after confirming', async () => {
    const confirm = vi.fn(() => true)
    const open = vi.fn()
    const api = createBrowserApi({ version: '1', confirm, open })
    await expect(api.openExternal(NICE)).resolves.toEqual({ ok: true })
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining(NICE))
    expect(open).toHaveBeenCalledExactlyOnceWith(NICE, '_blank', 'noopener,noreferrer')
  })

  it('opens nothing when the person says no, or for any other address', async () => {
    const open = vi.fn()
    const confirm = vi.fn(() => false)
    const api = createBrowserApi({ version: '1', confirm, open })
    await expect(api.openExternal(NICE)).resolves.toEqual({ ok: false, reason: 'cancelled' })
    for (const url of [
      'https://evil.example/',
      'javascript:alert(1)',
      `${NICE}?x=1`,
      NICE.replace('https', 'http'),
    ]) {
      await expect(api.openExternal(url)).resolves.toEqual({ ok: false, reason: 'not-allowed' })
    }
    expect(confirm).toHaveBeenCalledOnce()
    expect(open).not.toHaveBeenCalled()
  })
})

describe('ExternalLink', () => {
  it('hands the address to DesktopApi.openExternal instead of navigating', async () => {
    const { desktop } = renderWithServices(<ExternalLink href={NICE}>NICE NG239</ExternalLink>)
    const link = screen.getByRole('link', { name: /^NICE NG239\s*\(opens in your web browser\)$/ })
    expect(link).toHaveAttribute('href', NICE)
    await userEvent.setup().click(link)
    expect(desktop.api.openExternal).toHaveBeenCalledExactlyOnceWith(NICE)
    expect(window.location.href).not.toContain('nice.org.uk')
  })
})
