import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SettingsPage } from '../../../../../src/renderer/features/settings/SettingsPage'
import { renderWithServices } from '../../../../fixtures/render-app'

describe('SettingsPage', () => {
  it('stores text size, contrast, motion and units, and shows them checked', async () => {
    const { services } = renderWithServices(<SettingsPage />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('radio', { name: '200 %' }))
    await user.click(screen.getByRole('checkbox', { name: /High contrast/ }))
    await user.click(screen.getByRole('checkbox', { name: /Reduce motion/ }))
    await user.click(screen.getByRole('radio', { name: /US/ }))
    await waitFor(
      async () =>
        expect(await services.settings.get()).toEqual({
          textSizePct: 200,
          highContrast: true,
          reduceMotion: true,
          units: 'us',
        }),
      { timeout: 5000 },
    )
    expect(screen.getByRole('radio', { name: '200 %' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: /High contrast/ })).toBeChecked()
  })

  it('text size choices can be changed with the arrow keys', async () => {
    const { services } = renderWithServices(<SettingsPage />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('radio', { name: '100 %' }))
    await user.keyboard('{ArrowRight}')
    await waitFor(async () => expect((await services.settings.get()).textSizePct).toBe(125))
  })

  it('shows the version and the host from the desktop bridge', async () => {
    renderWithServices(<SettingsPage />)
    expect(await screen.findByText('9.9.9')).toBeInTheDocument()
    expect(screen.getByText('Desktop app')).toBeInTheDocument()
  })

  it('a setting that cannot be saved says so and shows the stored value again', async () => {
    const { services } = renderWithServices(<SettingsPage />)
    const user = userEvent.setup()
    vi.spyOn(services.settings, 'update').mockRejectedValue(new Error('QuotaExceededError'))
    await user.click(screen.getByRole('radio', { name: '150 %' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The setting could not be saved: Error: QuotaExceededError',
    )
    await waitFor(() => expect(screen.getByRole('radio', { name: '100 %' })).toBeChecked())
  })
})
