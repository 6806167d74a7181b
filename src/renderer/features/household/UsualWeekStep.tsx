import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Person } from '../../../core/profiles/person'
import { asksSupplement } from '../../../core/profiles/usual-week'
import type { PersonFieldError } from '../../../core/profiles/validate-person'
import { useServices } from '../../data'
import { ErrorSummary } from '../../components/FormField'
import { useFormErrors } from '../../components/use-form-errors'
import { PersonValidationError } from '../../db/repos/profiles-repo'
import { usualWeekDraftFrom, usualWeekInput, type UsualWeekDraft } from './usual-week-draft'
import { UsualWeekEditor } from './UsualWeekEditor'

export interface UsualWeekStepProps {
  person: Person
  onSaved: () => void
  onCancel: () => void
}

/**
 * "What does … usually eat?" as a short step outside the person form (offered on Advice when
 * intake is unknown): the same questions, saved onto the person. Focus moves to the first
 * question when it opens; the caller decides where focus goes after saving or cancelling.
 */
export function UsualWeekStep({ person, onSaved, onCancel }: UsualWeekStepProps) {
  const { profiles } = useServices()
  const prefix = useId()
  const idFor = (field: string): string => `${prefix}-${field.replace(/\./g, '-')}`
  const [draft, setDraft] = useState<UsualWeekDraft>(() => usualWeekDraftFrom(person.usualWeek))
  const { errors, setErrors, errorFor, summaryRef } = useFormErrors<PersonFieldError>()
  const [saveError, setSaveError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input')?.focus()
  }, [])

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    setSaveError(null)
    const usualWeek = usualWeekInput(draft, person.diet, asksSupplement(person))
    profiles
      .save({ ...person, usualWeek })
      .then(() => {
        setErrors([])
        onSaved()
      })
      .catch((error: unknown) => {
        if (error instanceof PersonValidationError) setErrors(error.errors)
        else
          setSaveError(
            `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`,
          )
      })
  }

  return (
    <form
      ref={formRef}
      className="usual-week-step"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${prefix}-title`}
    >
      <h3 id={`${prefix}-title`}>What does {person.name} usually eat?</h3>
      <ErrorSummary errors={errors} idFor={idFor} summaryRef={summaryRef} />
      {saveError ? (
        <p className="callout callout-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <UsualWeekEditor
        diet={person.diet}
        draft={draft}
        onChange={setDraft}
        asksSupplement={asksSupplement(person)}
        idFor={idFor}
        errorFor={errorFor}
        legend={`How often ${person.name} has each of these`}
      />
      <div className="button-row">
        <button type="submit" className="button">
          Save the usual week
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
