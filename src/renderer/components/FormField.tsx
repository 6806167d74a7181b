import type { ReactNode, Ref } from 'react'

export interface FieldIds {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

export interface FormFieldProps {
  id: string
  label: string
  hint?: string
  error?: string
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (ids: FieldIds) => ReactNode
}

/** A labelled form control with an optional hint and an error that screen readers announce. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy,
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  )
}

export interface ErrorSummaryProps {
  errors: { field: string; message: string }[]
  /** Maps a field name to the id of its control, for the links. */
  idFor: (field: string) => string
  /** Takes focus when errors appear (see use-form-errors). */
  summaryRef?: Ref<HTMLDivElement>
}

/** "There is a problem" box listing every error with a link to its field (GOV.UK pattern). */
export function ErrorSummary({ errors, idFor, summaryRef }: ErrorSummaryProps) {
  if (errors.length === 0) return null
  return (
    <div
      ref={summaryRef}
      className="callout callout-error error-summary"
      role="alert"
      tabIndex={-1}
      data-error-summary=""
    >
      <h3>Please check {errors.length === 1 ? 'this' : `these ${errors.length} things`}</h3>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field}-${error.message}`}>
            <a
              href={`#${idFor(error.field)}`}
              onClick={(event) => {
                event.preventDefault()
                document.getElementById(idFor(error.field))?.focus()
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
      <p>Nothing has been saved yet.</p>
    </div>
  )
}
