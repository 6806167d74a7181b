import { useEffect, useRef, useState } from 'react'
import {
  recogniseMedication,
  requiresYearsOfUse,
  searchMedications,
  type MedicationMatch,
} from '../../../core/b12'
import type { MedicationDuration } from '../../../core/profiles/medication-duration'
import { MedicineRow, rowFocusId } from './MedicineRow'
import type { MedicationDraft } from './person-draft'

export interface MedicinesEditorProps {
  medications: MedicationDraft[]
  onChange: (medications: MedicationDraft[]) => void
  idFor: (field: string) => string
  errorFor: (field: string) => string | undefined
}

/** A near-name waiting for the person's yes or no. */
interface Offer {
  typed: string
  match: MedicationMatch
  /** The list's spelling: "metformin", "Glucophage XR". */
  name: string
}

/** "metformin", or "Glucophage XR (metformin)" when the name is a brand or another name. */
const offerLabel = (offer: Offer): string =>
  offer.name.toLowerCase() === offer.match.generic.toLowerCase()
    ? offer.name
    : `${offer.name} (${offer.match.generic})`

let keyCounter = 0
const newKey = (): string => `m-${Date.now()}-${keyCounter++}`

function draftFor(text: string, match: MedicationMatch | null): MedicationDraft {
  const medicationClass = match?.class ?? 'other'
  return {
    key: newKey(),
    text,
    class: medicationClass,
    generic: match?.generic ?? null,
    brand: match?.brand ?? null,
    // "Not sure" until answered: it counts as long-term (§6a.4), so no answer loses nothing.
    duration: requiresYearsOfUse(medicationClass) ? 'unknown' : null,
  }
}

/**
 * Medicines typed by brand or generic name ("Glucophage XR", "Nexium", "Losec"), matched to the
 * B12 core's classes. A near-name ("metfromin") is offered as "Did you mean metformin?" and
 * saved only when the person says yes; an unknown name is kept and said to be outside the
 * app's list. Acid reducers ask "For how long?".
 */
export function MedicinesEditor({ medications, onChange, idFor, errorFor }: MedicinesEditorProps) {
  const [text, setText] = useState('')
  const [offer, setOffer] = useState<Offer | null>(null)
  const [removed, setRemoved] = useState<{ medication: MedicationDraft; index: number } | null>(
    null,
  )
  const pendingFocus = useRef<string | null>(null)
  const base = idFor('medications')
  const rowBase = (medication: MedicationDraft): string => `${base}-${medication.key}`

  // Focus moves once React has drawn the row, prompt or status it points at.
  useEffect(() => {
    const element =
      pendingFocus.current === null ? null : document.getElementById(pendingFocus.current)
    if (!element) return
    pendingFocus.current = null
    element.focus()
  })
  const focusNext = (id: string): void => {
    pendingFocus.current = id
  }

  const suggestions =
    offer === null && text.trim().length >= 2 ? searchMedications(text.trim(), 5) : []

  const append = (medication: MedicationDraft): void => {
    onChange([...medications, medication])
    setText('')
    setOffer(null)
    setRemoved(null)
    focusNext(rowFocusId(rowBase(medication), medication))
  }

  const add = (value: string): void => {
    const typed = value.trim()
    if (typed === '') return
    const recognised = recogniseMedication(typed)
    if (recognised.kind === 'typo') {
      setOffer({ typed, match: recognised.match, name: recognised.name })
      setText('')
      focusNext(`${base}-offer-yes`)
      return
    }
    append(draftFor(typed, recognised.kind === 'exact' ? recognised.match : null))
  }

  const setDuration = (key: string, duration: MedicationDuration): void =>
    onChange(medications.map((m) => (m.key === key ? { ...m, duration } : m)))

  const remove = (index: number): void => {
    const medication = medications[index]
    if (!medication) return
    onChange(medications.filter((_, i) => i !== index))
    setRemoved({ medication, index })
    focusNext(`${base}-removed`)
  }

  const undo = (): void => {
    if (!removed) return
    const next = [...medications]
    next.splice(Math.min(removed.index, next.length), 0, removed.medication)
    onChange(next)
    setRemoved(null)
    focusNext(`${rowBase(removed.medication)}-title`)
  }

  return (
    <fieldset id={base}>
      <legend>Medicines taken regularly</legend>
      <p className="hint">Type a brand or generic name. Some medicines lower B12 over time.</p>
      {errorFor('medications') ? <p className="field-error">{errorFor('medications')}</p> : null}
      {medications.length > 0 ? (
        <ul className="plain-list editor-list">
          {medications.map((medication, index) => (
            <MedicineRow
              key={medication.key}
              medication={medication}
              idBase={rowBase(medication)}
              onDuration={(duration) => setDuration(medication.key, duration)}
              onRemove={() => remove(index)}
            />
          ))}
        </ul>
      ) : null}
      {removed ? (
        <p className="callout callout-info" id={`${base}-removed`} tabIndex={-1} role="status">
          Removed {removed.medication.text}.{' '}
          <button type="button" className="button button-secondary" onClick={undo}>
            Undo
          </button>
        </p>
      ) : null}
      {offer ? (
        <div
          className="callout callout-info"
          role="group"
          aria-labelledby={`${base}-offer-question`}
        >
          <p id={`${base}-offer-question`}>
            <strong>Did you mean {offerLabel(offer)}?</strong> You typed “{offer.typed}”, which is
            not in the app’s list as written.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              id={`${base}-offer-yes`}
              onClick={() => append(draftFor(offer.name, offer.match))}
            >
              Yes, {offerLabel(offer)}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => append(draftFor(offer.typed, null))}
            >
              No, keep “{offer.typed}”
            </button>
          </div>
        </div>
      ) : null}
      <div className="form-field">
        <label htmlFor={`${base}-new`}>Add a medicine</label>
        <div className="inline-add">
          <input
            id={`${base}-new`}
            type="text"
            value={text}
            autoComplete="off"
            onChange={(event) => {
              setText(event.target.value)
              setOffer(null)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add(text)
              }
            }}
          />
          <button type="button" className="button" onClick={() => add(text)}>
            Add medicine
          </button>
        </div>
      </div>
      {suggestions.length > 0 ? (
        <div className="suggestions">
          <p className="hint">Names in the app’s list:</p>
          <ul className="plain-list suggestion-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.label}>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => add(suggestion.brand ?? suggestion.generic)}
                >
                  {suggestion.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  )
}
