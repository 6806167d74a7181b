import {
  MEDICATION_CLASS_NOTES,
  UNLISTED_MEDICINE_TEXT,
  type MedicationClass,
} from '../../../core/b12'
import {
  MEDICATION_DURATION_LABELS,
  MEDICATION_DURATIONS,
  type MedicationDuration,
} from '../../../core/profiles/medication-duration'
import type { MedicationDraft } from './person-draft'

export interface MedicineRowProps {
  medication: MedicationDraft
  /** Prefix for this row's element ids (unique in the page, stable while the row exists). */
  idBase: string
  onDuration: (duration: MedicationDuration) => void
  onRemove: () => void
}

const noteFor = (medicationClass: string) =>
  (
    MEDICATION_CLASS_NOTES as Partial<
      Record<string, (typeof MEDICATION_CLASS_NOTES)[MedicationClass]>
    >
  )[medicationClass] ?? null

/** The element to focus after this row is added: its duration question, else its title. */
export const rowFocusId = (idBase: string, medication: MedicationDraft): string =>
  medication.duration === null ? `${idBase}-title` : `${idBase}-duration-${medication.duration}`

/**
 * One medicine on the person form: what the app knows about it (with sources), or that it is
 * not in the app's list (§6a.7); for an acid reducer, "For how long?" (§6a.4).
 */
export function MedicineRow({ medication, idBase, onDuration, onRemove }: MedicineRowProps) {
  const note = noteFor(medication.class)
  const name = medication.text
  const shownGeneric =
    medication.generic && medication.generic.toLowerCase() !== name.toLowerCase()
      ? medication.generic
      : null
  return (
    <li className="editor-row">
      <p className="editor-row-title" id={`${idBase}-title`} tabIndex={-1}>
        <strong>{name}</strong>
        {shownGeneric ? ` (${shownGeneric})` : null}
      </p>
      {note ? (
        <>
          <p className="hint">{note.text}</p>
          <p className="hint source-line">
            Source: {note.sources.map((s) => `${s.organisation}, ${s.section}`).join('; ')}.
          </p>
        </>
      ) : (
        <p className="hint">{UNLISTED_MEDICINE_TEXT}.</p>
      )}
      {medication.duration !== null ? (
        <fieldset id={`${idBase}-duration`}>
          <legend>For how long has {name} been taken?</legend>
          <p className="hint">
            If you are not sure, the app counts it as a year or more, as most regular use is.
          </p>
          {MEDICATION_DURATIONS.map((choice) => (
            <label key={choice} className="choice">
              <input
                id={`${idBase}-duration-${choice}`}
                type="radio"
                name={`${idBase}-duration`}
                checked={medication.duration === choice}
                onChange={() => onDuration(choice)}
              />
              {MEDICATION_DURATION_LABELS[choice]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="button" className="button button-secondary" onClick={onRemove}>
        Remove {name}
      </button>
    </li>
  )
}
