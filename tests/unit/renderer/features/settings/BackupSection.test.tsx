import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SettingsPage } from '../../../../../src/renderer/features/settings/SettingsPage'
import { renderWithServices } from '../../../../fixtures/render-app'
import { seedHousehold, userRows } from '../../db/backup-fixture'

type Rendered = ReturnType<typeof renderWithServices>

/** The text of the last file saved through the fake DesktopApi. */
function lastSaved(desktop: Rendered['desktop']): string {
  const calls = desktop.api.saveFile.mock.calls as unknown as [
    { content: string; suggestedName: string },
  ][]
  return calls.at(-1)![0].content
}

async function exportAll(rendered: Rendered): Promise<string> {
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: 'Export all my data' }))
  await screen.findByText(/Saved a backup of all your data \(2 people, 3 planned meals\)/)
  return lastSaved(rendered.desktop)
}

function offerFile(
  rendered: Rendered,
  content: string,
  name = 'b12-planner-backup-2026-11-21.json',
): void {
  rendered.desktop.api.openFile.mockResolvedValueOnce({ ok: true, name, content } as never)
}

describe('Settings: backup and restore', () => {
  it('exports everything to one JSON file through saveFile', async () => {
    const rendered = renderWithServices(<SettingsPage />)
    await seedHousehold(rendered.db)
    const text = await exportAll(rendered)
    const [[request]] = rendered.desktop.api.saveFile.mock.calls as unknown as [
      [{ suggestedName: string; filters: unknown }],
    ]
    expect(request.suggestedName).toBe('b12-planner-backup-2026-11-21.json')
    expect(JSON.parse(text)).toMatchObject({
      format: 'b12-planner-backup',
      appVersion: '9.9.9',
      counts: { profiles: 2 },
    })
  })

  it('restores a file after showing what is in it: export, wipe, restore, every row back', async () => {
    const rendered = renderWithServices(<SettingsPage />)
    await seedHousehold(rendered.db)
    const before = await userRows(rendered.db)
    const text = await exportAll(rendered)
    const user = userEvent.setup()

    await user.type(screen.getByRole('textbox', { name: /Type DELETE to confirm/ }), 'DELETE')
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }))
    // The Delete button is disabled once the confirmation is cleared: the outcome has focus.
    await waitFor(async () =>
      expect(await screen.findByText(/All your data was deleted/)).toHaveFocus(),
    )
    expect((await userRows(rendered.db)).profiles).toEqual([])

    offerFile(rendered, text)
    await user.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const preview = await screen.findByRole('region', {
      name: /Restore b12-planner-backup-2026-11-21\.json\?/,
    })
    expect(
      within(preview).getByText(
        /2 people \(Ana, Walter\), 1 recipe, 2 weeks of plans and 1 own food\./,
      ),
    ).toBeInTheDocument()
    expect(within(preview).getByRole('heading', { name: /^Restore / })).toHaveFocus()
    expect(within(preview).getByRole('radio', { name: /Replace/ })).toBeChecked()
    await user.click(within(preview).getByRole('button', { name: 'Restore' }))
    const outcome = await screen.findByText(
      /Your data was replaced by the backup: 2 people, 3 planned meals\./,
    )
    await waitFor(() => expect(outcome).toHaveFocus())
    expect(await userRows(rendered.db)).toEqual(before)
  })

  it('merges when asked', async () => {
    const rendered = renderWithServices(<SettingsPage />)
    await seedHousehold(rendered.db)
    const text = await exportAll(rendered)
    await rendered.db.planEntries.put({
      id: 'kept',
      profileId: 'p-ana',
      date: '2026-12-01',
      slot: 'lunch',
      item: { kind: 'recipe', recipeId: 'r', servings: 1 },
      recipeId: 'r',
      locked: false,
    })
    const user = userEvent.setup()
    offerFile(rendered, text)
    await user.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    await user.click(await screen.findByRole('radio', { name: /Merge/ }))
    await user.click(screen.getByRole('button', { name: 'Restore' }))
    await screen.findByText(/The backup was added to your data/)
    expect(await rendered.db.planEntries.get('kept')).toBeDefined()
  })

  it('refuses a corrupted file with a plain message, shows no preview and changes nothing', async () => {
    const rendered = renderWithServices(<SettingsPage />)
    await seedHousehold(rendered.db)
    const before = await userRows(rendered.db)
    const text = await exportAll(rendered)
    const user = userEvent.setup()
    offerFile(rendered, text.slice(0, text.length / 2))
    await user.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is not a B12 Planner backup. It is not complete or not in the right format (it may have been cut short). Nothing was changed.',
    )
    expect(screen.getByRole('alert')).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument()
    expect(await userRows(rendered.db)).toEqual(before)
  })

  it('a cancelled file choice says nothing', async () => {
    const rendered = renderWithServices(<SettingsPage />)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    await waitFor(() => expect(rendered.desktop.api.openFile).toHaveBeenCalled())
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('Settings: automatic backups', () => {
  it('shows the folder and restores one of them after a preview', async () => {
    const rendered = renderWithServices(<SettingsPage />)
    await seedHousehold(rendered.db)
    const before = await userRows(rendered.db)
    const text = await exportAll(rendered)
    await rendered.db.profiles.clear()
    rendered.desktop.autoBackups.set('auto-backup-2026-11-20.json', {
      day: '2026-11-20',
      content: text,
    })
    const user = userEvent.setup()
    expect(await screen.findByText('/home/test/.config/B12 Planner/backups')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Refresh the list' }))
    await user.click(await screen.findByRole('button', { name: 'Restore from 2026-11-20…' }))
    await screen.findByRole('region', { name: /Restore the automatic backup of 2026-11-20\?/ })
    await user.click(screen.getByRole('button', { name: 'Restore' }))
    await screen.findByText(/Your data was replaced by the backup/)
    expect(await userRows(rendered.db)).toEqual(before)
  })

  it('says they are not made in a browser', async () => {
    const rendered = renderWithServices(<SettingsPage />)
    rendered.desktop.api.listAutoBackups.mockResolvedValue({ ok: false, reason: 'unavailable' })
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Refresh the list' }))
    expect(
      await screen.findByText(/Automatic backups are made only by the desktop app/),
    ).toBeInTheDocument()
  })
})

describe('Settings: delete all my data', () => {
  it('needs DELETE typed, offers a final backup, and keeps the catalogue', async () => {
    const rendered = renderWithServices(<SettingsPage />)
    await seedHousehold(rendered.db)
    const user = userEvent.setup()
    const remove = screen.getByRole('button', { name: 'Delete all my data' })
    expect(remove).toBeDisabled()
    await user.type(screen.getByRole('textbox', { name: /Type DELETE to confirm/ }), 'delete')
    expect(remove).toBeDisabled()

    await user.click(screen.getByRole('button', { name: 'Save a final backup first' }))
    await screen.findByText('Final backup saved.')
    expect(rendered.desktop.api.saveFile).toHaveBeenCalledOnce()

    await user.clear(screen.getByRole('textbox', { name: /Type DELETE to confirm/ }))
    await user.type(screen.getByRole('textbox', { name: /Type DELETE to confirm/ }), 'DELETE')
    await user.click(remove)
    await screen.findByText(/All your data was deleted from this computer/)
    expect(await rendered.db.profiles.count()).toBe(0)
    expect(await rendered.db.foods.get('sr28:01077')).toBeDefined()
  })
})
