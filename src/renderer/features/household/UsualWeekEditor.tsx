import type { Diet } from '../../../core/foods/types'
import { MEAL_SLOTS, type MealSlot } from '../../../core/planning/types'
import { slotLabel } from '../../../core/profiles/person'
import {
  FREQUENCY_LABELS,
  USUAL_FREQUENCIES,
  USUAL_SOURCES,
  usualSourcesFor,
  type UsualFrequency,
  type UsualSource,
} from '../../../core/profiles/usual-week'
import { usualField, SUPPLEMENT_UG_FIELD } from '../../../core/profiles/validate-usual-week'
import { FormField } from '../../components/FormField'
import { withFrequency, type UsualWeekDraft } from './usual-week-draft'

export interface UsualWeekEditorProps {
  diet: Diet | ''
  draft: UsualWeekDraft
  onChange: (draft: UsualWeekDraft) => void
  /** False when the profile lists regular supplements: they are counted already. */
  asksSupplement: boolean
  idFor: (field: string) => string
  errorFor: (field: string) => string | undefined
  /** The fieldset's legend, e.g. "What does Ben usually eat?". */
  legend: string
}

/**
 * The usual-week questions: for each reliable B12 source the person's diet includes, how often
 * (days a week) and at which meals; for a supplement, its µg. Data-driven from USUAL_SOURCES.
 */
export function UsualWeekEditor({
  diet,
  draft,
  onChange,
  asksSupplement,
  idFor,
  errorFor,
  legend,
}: UsualWeekEditorProps) {
  const sources = (diet === '' ? USUAL_SOURCES : usualSourcesFor(diet)).filter(
    (s) => asksSupplement || s.foodId !== null,
  )
  return (
    <fieldset id={idFor('usualWeek')} className="usual-week">
      <legend>{legend}</legend>
      <p className="hint">
        Used when no meals are planned for a week, so the app can check B12 without guessing. Leave
        it all unanswered if you are not sure: nothing is then counted, not even as zero. Once you
        answer one question, the ones left unanswered count as never. A range counts its lower
        number, to be careful.
      </p>
      {!asksSupplement ? (
        <p className="hint">
          The B12 supplements listed on this person&apos;s details are counted too, so they are not
          asked about here.
        </p>
      ) : null}
      {sources.map((source) => (
        <SourceQuestion
          key={source.id}
          source={source}
          draft={draft}
          onChange={onChange}
          idFor={idFor}
          errorFor={errorFor}
        />
      ))}
    </fieldset>
  )
}

interface SourceQuestionProps {
  source: UsualSource
  draft: UsualWeekDraft
  onChange: (draft: UsualWeekDraft) => void
  idFor: (field: string) => string
  errorFor: (field: string) => string | undefined
}

function SourceQuestion({ source, draft, onChange, idFor, errorFor }: SourceQuestionProps) {
  const answer = draft.answers[source.id]
  const frequency = answer?.frequency ?? ''
  const slots = answer?.slots ?? []
  const had = frequency !== '' && frequency !== 'never'
  const setAnswer = (next: { frequency: UsualFrequency | ''; slots: MealSlot[] }): void =>
    onChange({ ...draft, answers: { ...draft.answers, [source.id]: next } })
  const slotsField = usualField(source.id, 'slots')
  return (
    <div className="usual-source editor-row">
      <FormField
        id={idFor(usualField(source.id, 'frequency'))}
        label={`${source.label}: how often?`}
        hint={
          source.foodId === null
            ? 'Counted with the µg you give below.'
            : `Counted as ${source.serving} each time.`
        }
      >
        {(ids) => (
          <select
            {...ids}
            value={frequency}
            onChange={(e) =>
              setAnswer(withFrequency(source.id, answer, e.target.value as UsualFrequency | ''))
            }
          >
            <option value="">Not answered</option>
            {USUAL_FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {FREQUENCY_LABELS[f]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {had ? (
        <fieldset id={idFor(slotsField)} className="days" tabIndex={-1}>
          <legend>With which meals: {source.label}</legend>
          {errorFor(slotsField) ? <p className="field-error">{errorFor(slotsField)}</p> : null}
          {MEAL_SLOTS.map((slot) => (
            <label key={slot} className="choice">
              <input
                type="checkbox"
                checked={slots.includes(slot)}
                onChange={(e) =>
                  setAnswer({
                    frequency,
                    slots: e.target.checked
                      ? MEAL_SLOTS.filter((s) => s === slot || slots.includes(s))
                      : slots.filter((s) => s !== slot),
                  })
                }
              />
              {slotLabel(slot)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {had && source.foodId === null ? (
        <FormField
          id={idFor(SUPPLEMENT_UG_FIELD)}
          label="µg of B12 in one tablet or spray"
          hint="As on its label, for example 10, 250 or 1000."
          error={errorFor(SUPPLEMENT_UG_FIELD)}
        >
          {(ids) => (
            <input
              {...ids}
              inputMode="decimal"
              className="input-short"
              value={draft.supplementUg}
              onChange={(e) => onChange({ ...draft, supplementUg: e.target.value })}
            />
          )}
        </FormField>
      ) : null}
    </div>
  )
}
