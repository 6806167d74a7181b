import { useEffect, useRef, useState } from 'react'
import {
  recogniseMedication,
  requiresYearsOfUse,
  searchMedications,
  type MedicationMatch,
} from '../../../core/b12'
import type { MedicationDuration } from '../../../core/profiles/medication-duration'
import { StatusMessage } from '../../components/StatusMessage'
import { MedicineRow, rowFocusId, type MedicineOffer } from './MedicineRow'
import type { MedicationDraft } from './person-draft'

export interface MedicinesEditorProps {
  medications: MedicationDraft[]
  onChange: (medications: MedicationDraft[]) => void
  idFor: (field: string) => string
  errorFor: (field: string) => string | undefined
}

let keyCounter = 0
const newKey = (): string => `m-${Date.now()}-${keyCounter++}`

function draftFor(text: string, match: MedicationMatch | null, key = newKey()): MedicationDraft {
  const medicationClass = match?.class ?? 'other'
  return {
    key,
    text,
    class: medicationClass,
    generic: match?.generic ?? null,
    brand: match?.brand ?? null,
    // "Not sure" until answered: it counts as long-term (§6a.4), so no answer loses nothing.
    duration: requiresYearsOfUse(medicationClass) ? 'unknown' : null,
  }
}

/** The near-name to offer for a medicine the list does not have as written, if there is one. */
function offerFor(medication: MedicationDraft): MedicineOffer | null {
  if (medication.class !== 'other') return null
  const recognised = recogniseMedication(medication.text)
  return recognised.kind === 'typo' ? { match: recognised.match, name: recognised.name } : null
}

/**
 * Medicines typed by brand or generic name ("Glucophage XR", "Nexium", "Losec"), matched to the
 * B12 core's classes. A name outside the list is kept as typed and said to be outside it; when
 * it is near a listed name ("metfromin") the row asks "Did you mean metformin?", and only a yes
 * makes it metformin, so a typo is never turned into a medicine on a guess, and an unanswered
 * question loses nothing. Acid reducers ask "For how long?".
 */
export function MedicinesEditor({ medications, onChange, idFor, errorFor }: MedicinesEditorProps) {
  const [text, setText] = useState('')
  // Rows whose name the person chose to keep as typed: no more "Did you mean" on this form.
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set())
  const [removed, setRemoved] = useState<{ medication: MedicationDraft; index: number } | null>(
    null,
  )
  const pendingFocus = useRef<string | null>(null)
  const base = idFor('medications')
  const rowBase = (medication: MedicationDraft): string => `${base}-${medication.key}`
  const offerOf = (medication: MedicationDraft): MedicineOffer | null =>
    kept.has(medication.key) ? null : offerFor(medication)

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

  const suggestions = text.trim().length >= 2 ? searchMedications(text.trim(), 5) : []

  const add = (value: string): void => {
    const typed = value.trim()
    if (typed === '') return
    const recognised = recogniseMedication(typed)
    const medication = draftFor(typed, recognised.kind === 'exact' ? recognised.match : null)
    onChange([...medications, medication])
    setText('')
    setRemoved(null)
    focusNext(rowFocusId(rowBase(medication), medication, offerOf(medication)))
  }

  const accept = (medication: MedicationDraft, offer: MedicineOffer): void => {
    const chosen = draftFor(offer.name, offer.match, medication.key)
    onChange(medications.map((m) => (m.key === medication.key ? chosen : m)))
    focusNext(rowFocusId(rowBase(chosen), chosen, null))
  }

  const keep = (medication: MedicationDraft): void => {
    setKept(new Set([...kept, medication.key]))
    focusNext(`${rowBase(medication)}-title`)
  }

  const setDuration = (key: string, duration: MedicationDuration): void =>
    onChange(medications.map((m) => (m.key === key ? { ...m, duration } : m)))

  const remove = (index: number): void => {
    const medication = medications[index]
    if (!medication) return
    onChange(medications.filter((_, i) => i !== index))
    // The row and its Remove button have gone: the status message's Undo takes focus.
    setRemoved({ medication, index })
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
          {medications.map((medication, index) => {
            const offer = offerOf(medication)
            return (
              <MedicineRow
                key={medication.key}
                medication={medication}
                idBase={rowBase(medication)}
                offer={offer}
                onAccept={() => offer && accept(medication, offer)}
                onKeep={() => keep(medication)}
                onDuration={(duration) => setDuration(medication.key, duration)}
                onRemove={() => remove(index)}
              />
            )
          })}
        </ul>
      ) : null}
      <StatusMessage
        message={removed ? `Removed ${removed.medication.text}.` : null}
        focusKey={removed}
        onUndo={removed ? undo : undefined}
      />
      <div className="form-field">
        <label htmlFor={`${base}-new`}>Add a medicine</label>
        <div className="inline-add">
          <input
            id={`${base}-new`}
            type="text"
            value={text}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
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
