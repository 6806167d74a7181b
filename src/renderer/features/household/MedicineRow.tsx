import {
  MEDICATION_CLASS_NOTES,
  UNLISTED_MEDICINE_TEXT,
  type MedicationClass,
  type MedicationMatch,
} from '../../../core/b12'
import {
  MEDICATION_DURATION_LABELS,
  MEDICATION_DURATIONS,
  type MedicationDuration,
} from '../../../core/profiles/medication-duration'
import type { MedicationDraft } from './person-draft'

/** A near-name of the list for what was typed, waiting for the person's yes or no. */
export interface MedicineOffer {
  match: MedicationMatch
  /** The list's spelling: "metformin", "Glucophage XR". */
  name: string
}

export interface MedicineRowProps {
  medication: MedicationDraft
  /** Prefix for this row's element ids (unique in the page, stable while the row exists). */
  idBase: string
  /** "Did you mean …?" for a name outside the list that is near one in it. */
  offer: MedicineOffer | null
  onAccept: () => void
  onKeep: () => void
  onDuration: (duration: MedicationDuration) => void
  onRemove: () => void
}

const noteFor = (medicationClass: string) =>
  (
    MEDICATION_CLASS_NOTES as Partial<
      Record<string, (typeof MEDICATION_CLASS_NOTES)[MedicationClass]>
    >
  )[medicationClass] ?? null

/** "metformin", or "Glucophage XR (metformin)" when the name is a brand or another name. */
export const offerLabel = (offer: MedicineOffer): string =>
  offer.name.toLowerCase() === offer.match.generic.toLowerCase()
    ? offer.name
    : `${offer.name} (${offer.match.generic})`

/** Where focus goes when this row appears: the offer, the duration question, or its title. */
export const rowFocusId = (
  idBase: string,
  medication: MedicationDraft,
  offer: MedicineOffer | null,
): string => {
  if (offer) return `${idBase}-offer-yes`
  return medication.duration === null
    ? `${idBase}-title`
    : `${idBase}-duration-${medication.duration}`
}

/**
 * One medicine on the person form: what the app knows about it (with sources), or that it is
 * not in the app's list (§6a.7) with "Did you mean …?" when it is near a listed name; for an
 * acid reducer, "For how long?" (§6a.4).
 */
export function MedicineRow(props: MedicineRowProps) {
  const { medication, idBase, offer, onDuration, onRemove } = props
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
      {offer ? <OfferPrompt {...props} offer={offer} /> : null}
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

function OfferPrompt({
  medication,
  idBase,
  offer,
  onAccept,
  onKeep,
}: MedicineRowProps & { offer: MedicineOffer }) {
  const label = offerLabel(offer)
  return (
    <div className="callout callout-info" role="group" aria-labelledby={`${idBase}-offer`}>
      <p id={`${idBase}-offer`}>
        <strong>Did you mean {label}?</strong> “{medication.text}” is not in the app’s list as
        written.
      </p>
      <div className="button-row">
        <button type="button" className="button" id={`${idBase}-offer-yes`} onClick={onAccept}>
          Yes, {label}
        </button>
        <button type="button" className="button button-secondary" onClick={onKeep}>
          No, keep “{medication.text}”
        </button>
      </div>
    </div>
  )
}
