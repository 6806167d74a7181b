import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderShopping } from './shopping-fixture'

const NAME = 'shopping-list-2026-11-16-to-2026-11-22'

async function ready() {
  const view = await renderShopping()
  await screen.findByRole('checkbox', { name: /Oat drink/ })
  await view.user.click(screen.getByRole('checkbox', { name: /Eggs/ }))
  await waitFor(() => expect(screen.getByRole('checkbox', { name: /Eggs/ })).toBeChecked())
  return view
}

describe('ShoppingPage exports', () => {
  afterEach(() => vi.restoreAllMocks())

  it('saves a CSV for spreadsheet programs through the desktop bridge', async () => {
    const { user, desktop } = await ready()
    await user.click(screen.getByRole('button', { name: 'Save as spreadsheet (CSV)' }))
    expect(
      await screen.findByText('Saved the list as a spreadsheet (CSV): /tmp/saved'),
    ).toBeInTheDocument()
    const request = desktop.api.saveFile.mock.calls[0]![0]
    expect(request).toMatchObject({
      suggestedName: `${NAME}.csv`,
      encoding: 'utf8',
      filters: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
    })
    const rows = request.content.split('\r\n')
    expect(rows[0]).toBe('\uFEFFAisle,Item,Quantity,Unit,Packages,Checked,Source recipes,Notes')
    expect(rows.find((r) => r.includes('Oat drink'))).toBe(
      'Dairy and alternatives,"Oat drink, fortified with B12",650,ml,1 × 1 L carton,no,Chia cup with oat milk and strawberries,the plan counts 0.5 µg B12 per 100 g (about 100 ml): look for a label with about as much',
    )
    expect(rows).toContain('Dairy and alternatives,Eggs,2,large,1 box of 6,yes,,')
  })

  it('saves a Markdown checklist and plain text with ticks, and says when a save is cancelled', async () => {
    const { user, desktop } = await ready()
    await user.click(screen.getByRole('button', { name: 'Save as checklist (Markdown)' }))
    await screen.findByText(/Saved the list as a Markdown checklist/)
    const md = desktop.api.saveFile.mock.calls[0]![0]
    expect(md).toMatchObject({
      suggestedName: `${NAME}.md`,
      encoding: 'utf8',
      filters: [{ extensions: ['md'] }],
    })
    // The fixture plans Monday to Wednesday only: the title and a note say so.
    expect(md.content).toContain(
      '# Shopping list 2026-11-16 to 2026-11-18\n\nNothing is planned for 19 to 22 November 2026, so this list covers 16 to 18 November 2026 only.\n\n## Produce',
    )
    expect(md.content).toContain(
      '- [x] 1 box of 6 Eggs\n- [ ] 1 × 1 L carton Oat drink, fortified with B12',
    )

    desktop.api.saveFile.mockResolvedValueOnce({ ok: false, reason: 'cancelled' } as never)
    await user.click(screen.getByRole('button', { name: 'Save as text' }))
    expect(
      await screen.findByText('Nothing was saved: the save was cancelled.'),
    ).toBeInTheDocument()
    const text = desktop.api.saveFile.mock.calls[1]![0]
    expect(text).toMatchObject({ suggestedName: `${NAME}.txt`, encoding: 'utf8' })
    expect(text.content).toMatch(/ {2}☑ 1 box of 6 +Eggs\n/)
  })

  it('saves the large-print page as a PDF and shows it on screen', async () => {
    const { user, desktop } = await ready()
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }))
    expect(await screen.findByText('Saved the large-print PDF: /tmp/out.pdf')).toBeInTheDocument()
    expect(desktop.api.printToPdf).toHaveBeenCalledWith({
      suggestedName: `${NAME}.pdf`,
      landscape: false,
    })

    await user.click(screen.getByRole('button', { name: 'Large-print page' }))
    const page = screen.getByRole('article', { name: 'Shopping list 2026-11-16 to 2026-11-18' })
    expect(page).toHaveTextContent('2026-11-16 to 2026-11-18 · 5 items, 1 checked')
    expect(page).toHaveTextContent(
      'Nothing is planned for 19 to 22 November 2026, so this list covers 16 to 18 November 2026 only.',
    )
    expect(screen.getByRole('img', { name: 'Ticked' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Back to the list' }))
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Large-print page' })).toHaveFocus(),
    )
  })

  it('copies the list to the clipboard, and shows the text to copy by hand when that is refused', async () => {
    const { user } = await ready()
    // user-event puts its own clipboard on navigator; watch it (and make it refuse once below).
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await user.click(screen.getByRole('button', { name: 'Copy to clipboard' }))
    expect(
      await screen.findByText('Copied the list. You can paste it into a message or a note.'),
    ).toBeInTheDocument()
    expect(writeText.mock.calls[0]![0]).toContain(
      'Shopping list 2026-11-16 to 2026-11-18\n\nNothing is planned for 19 to 22 November 2026, so this list covers 16 to 18 November 2026 only.\n\nProduce\n',
    )

    writeText.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
    await user.click(screen.getByRole('button', { name: 'Copy to clipboard' }))
    expect(await screen.findByText(/Copying was not allowed here/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'The list as text' })).toHaveValue(
      writeText.mock.calls[0]![0],
    )
  })
})
