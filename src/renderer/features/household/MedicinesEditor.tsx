import { useState } from 'react'
import { matchMedication, searchMedications } from '../../../core/b12'
import { FormField } from '../../components/FormField'
import type { MedicationDraft } from './person-draft'

export interface MedicinesEditorProps {
  medications: MedicationDraft[]
  onChange: (medications: MedicationDraft[]) => void
  idFor: (field: string) => string
  errorFor: (field: string) => string | undefined
}

const CLASS_NOTES: Readonly<Record<string, string>> = {
  metformin: 'metformin: can lower B12 over time',
  ppi: 'acid-reducing (PPI): matters after a year or more',
  h2ra: 'acid-reducing (H2 blocker): matters after a year or more',
  colchicine: 'colchicine: can reduce B12 absorption',
  nitrous_oxide_recreational: 'nitrous oxide: inactivates B12',
}

function noteFor(medication: MedicationDraft): string {
  return CLASS_NOTES[medication.class] ?? (medication.class === 'other' ? 'not known to affect B12' : medication.class.replace(/_/g, ' '))
}

/**
 * Medicines typed by brand or generic name ("Glucophage XR", "Nexium", "Losec"), matched to the
 * B12 core's classes, each with how many years it has been taken.
 */
export function MedicinesEditor({ medications, onChange, idFor, errorFor }: MedicinesEditorProps) {
  const [text, setText] = useState('')
  const suggestions = text.trim().length >= 2 ? searchMedications(text.trim(), 5) : []
  const add = (value: string): void => {
    const name = value.trim()
    if (name === '') return
    const match = matchMedication(name)
    onChange([
      ...medications,
      {
        key: `m-${Date.now()}-${medications.length}`,
        text: name,
        class: match?.class ?? 'other',
        generic: match?.generic ?? null,
        brand: match?.brand ?? null,
        years: '',
      },
    ])
    setText('')
  }
  const update = (index: number, years: string): void =>
    onChange(medications.map((m, i) => (i === index ? { ...m, years } : m)))
  return (
    <fieldset id={idFor('medications')}>
      <legend>Medicines taken regularly</legend>
      <p className="hint">Type a brand or generic name. Some medicines lower B12 over time.</p>
      {medications.length > 0 ? (
        <ul className="plain-list editor-list">
          {medications.map((medication, index) => (
            <li key={medication.key} className="editor-row">
              <p className="editor-row-title">
                <strong>{medication.text}</strong> <span className="hint">({noteFor(medication)})</span>
              </p>
              <FormField id={idFor(`medications.${index}.years`)} label={`Years taking ${medication.text}`} hint="Leave empty if you are not sure" error={errorFor(`medications.${index}.years`)}>
                {(ids) => <input {...ids} inputMode="decimal" className="input-short" value={medication.years} onChange={(e) => update(index, e.target.value)} />}
              </FormField>
              <button type="button" className="button button-secondary" onClick={() => onChange(medications.filter((_, i) => i !== index))}>
                Remove {medication.text}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-field">
        <label htmlFor={idFor('medication-new')}>Add a medicine</label>
        <div className="inline-add">
          <input
            id={idFor('medication-new')}
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
        <div className="suggestions" aria-live="polite">
          <p className="hint">Did you mean:</p>
          <ul className="plain-list suggestion-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.label}>
                <button type="button" className="button button-secondary" onClick={() => add(suggestion.label.replace(/ \(.*\)$/, ''))}>
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
