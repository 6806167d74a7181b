import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { FormEvent } from 'react'
import { describe, expect, it } from 'vitest'
import { ErrorSummary } from '../../../../src/renderer/components/FormField'
import { useFormErrors } from '../../../../src/renderer/components/use-form-errors'

function NameForm({ title }: { title: string }) {
  const { errors, setErrors, errorFor, summaryRef } = useFormErrors()
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    setErrors([{ field: 'name', message: `${title}: enter a name` }])
  }
  return (
    <form onSubmit={submit} aria-label={title}>
      <ErrorSummary
        errors={errors}
        idFor={(field) => `${title}-${field}`}
        summaryRef={summaryRef}
      />
      <label htmlFor={`${title}-name`}>Name</label>
      <input id={`${title}-name`} aria-invalid={errorFor('name') ? true : undefined} />
      <button type="submit">Save {title}</button>
    </form>
  )
}

describe('useFormErrors', () => {
  it('moves focus to its own form’s error summary, not another form’s', async () => {
    const user = userEvent.setup()
    render(
      <>
        <NameForm title="first" />
        <NameForm title="second" />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Save first' }))
    await user.click(screen.getByRole('button', { name: 'Save second' }))
    const summaries = screen.getAllByRole('alert')
    expect(summaries).toHaveLength(2)
    expect(summaries[1]).toHaveFocus()
    expect(summaries[1]).toHaveTextContent('second: enter a name')
  })

  it('gives each field its message and a link that focuses the field', async () => {
    const user = userEvent.setup()
    render(<NameForm title="only" />)
    await user.click(screen.getByRole('button', { name: 'Save only' }))
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true')
    await user.click(screen.getByRole('link', { name: 'only: enter a name' }))
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
  })
})
