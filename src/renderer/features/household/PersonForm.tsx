import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { FoodPreferencesFieldset } from './FoodPreferencesFieldset'
import { FolicAcidFieldset } from './FolicAcidFieldset'
import { CONDITIONS, SYMPTOMS } from '../../../core/b12'
import type { FoodRecord } from '../../../core/foods/types'
import { ACTIVITY_LABELS, ACTIVITY_LEVELS, type ActivityLevel } from '../../../core/profiles/energy'
import type { Person } from '../../../core/profiles/person'
import { suggestedCalories } from '../../../core/profiles/to-assessment'
import { validatePerson, type PersonFieldError } from '../../../core/profiles/validate-person'
import { useServices } from '../../data'
import { ChecklistFieldset } from '../../components/ChecklistFieldset'
import { ErrorSummary, FormField } from '../../components/FormField'
import { useFormErrors } from '../../components/use-form-errors'
import { DIET_LABELS } from '../foods'
import { MedicinesEditor } from './MedicinesEditor'
import { inputFromDraft, type PersonDraft } from './person-draft'
import { SupplementsEditor } from './SupplementsEditor'
import { typedAgeUnderOne } from './usual-week-draft'
import { UsualWeekEditor } from './UsualWeekEditor'

export interface PersonFormProps {
  initial: PersonDraft
  isNew: boolean
  supplementChoices: readonly FoodRecord[]
  onSaved: (person: Person) => void
  onCancel: () => void
}

const CONDITION_OPTIONS = CONDITIONS.map((c) => ({ value: c.code, label: c.label }))
const SYMPTOM_OPTIONS = SYMPTOMS.map((s) => ({
  value: s.code,
  label: s.label,
  ...(s.urgent ? { note: '(see a doctor today)' } : {}),
}))
const DIET_ORDER = ['vegan', 'lacto_ovo_vegetarian', 'pescatarian', 'omnivore'] as const

export function PersonForm({
  initial,
  isNew,
  supplementChoices,
  onSaved,
  onCancel,
}: PersonFormProps) {
  const { profiles, clock, newId } = useServices()
  const prefix = useId()
  const idFor = (field: string): string => `${prefix}-${field.replace(/\./g, '-')}`
  const [draft, setDraft] = useState<PersonDraft>(initial)
  const { errors, setErrors, errorFor, summaryRef } = useFormErrors<PersonFieldError>()
  const [saveError, setSaveError] = useState<string | null>(null)
  const update = (patch: Partial<PersonDraft>): void =>
    setDraft((current) => ({ ...current, ...patch }))
  // Opening the form (by keyboard too) puts the cursor in its first field.
  const nameRef = useRef<HTMLInputElement>(null)
  useEffect(() => nameRef.current?.focus(), [])

  // The suggested calories follow what has been typed so far (when it is valid enough).
  const suggestion = useMemo(() => {
    const result = validatePerson(
      { ...inputFromDraft(draft), calorieTargetKcal: null },
      clock.today(),
      clock.now(),
    )
    return result.ok ? suggestedCalories(result.person, clock.today()) : null
  }, [draft, clock])

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    setSaveError(null)
    const input = inputFromDraft(draft)
    const checked = validatePerson(input, clock.today(), clock.now())
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors([])
    profiles
      .save(input)
      .then(onSaved)
      .catch((error: unknown) =>
        setSaveError(
          `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
  }

  const canBePregnant = draft.sex !== 'M'
  return (
    <form className="person-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{isNew ? 'Add a person' : `Edit ${initial.name}`}</h2>
      <ErrorSummary errors={errors} idFor={idFor} summaryRef={summaryRef} />
      {saveError ? (
        <p className="callout callout-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <fieldset>
        <legend>About this person</legend>
        <FormField id={idFor('name')} label="Name" error={errorFor('name')}>
          {(ids) => (
            <input
              {...ids}
              ref={nameRef}
              type="text"
              value={draft.name}
              autoComplete="off"
              onChange={(e) => update({ name: e.target.value })}
            />
          )}
        </FormField>
        <div className="choice-row" role="radiogroup" aria-label="Give age or date of birth">
          <label className="choice">
            <input
              type="radio"
              checked={draft.ageMode === 'age'}
              onChange={() => update({ ageMode: 'age' })}
            />{' '}
            Age
          </label>
          <label className="choice">
            <input
              type="radio"
              checked={draft.ageMode === 'birthDate'}
              onChange={() => update({ ageMode: 'birthDate' })}
            />{' '}
            Date of birth
          </label>
        </div>
        {draft.ageMode === 'age' ? (
          <FormField
            id={idFor('ageYears')}
            label="Age in years"
            hint="For a baby, use parts of a year: 0.5 is six months"
            error={errorFor('ageYears')}
          >
            {(ids) => (
              <input
                {...ids}
                inputMode="decimal"
                className="input-short"
                value={draft.ageYears}
                onChange={(e) => update({ ageYears: e.target.value })}
              />
            )}
          </FormField>
        ) : (
          <FormField id={idFor('birthDate')} label="Date of birth" error={errorFor('birthDate')}>
            {(ids) => (
              <input
                {...ids}
                type="date"
                value={draft.birthDate}
                onChange={(e) => update({ birthDate: e.target.value })}
              />
            )}
          </FormField>
        )}
        <fieldset id={idFor('sex')}>
          <legend>Sex</legend>
          {errorFor('sex') ? <p className="field-error">{errorFor('sex')}</p> : null}
          {(
            [
              ['F', 'Female'],
              ['M', 'Male'],
              ['X', 'Another answer or prefer not to say'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${prefix}-sex`}
                checked={draft.sex === value}
                onChange={() =>
                  update({
                    sex: value,
                    ...(value === 'M' ? { pregnant: false, lactating: false } : {}),
                  })
                }
              />
              {label}
            </label>
          ))}
        </fieldset>
        {canBePregnant ? (
          <div id={idFor('pregnant')}>
            {errorFor('pregnant') ? <p className="field-error">{errorFor('pregnant')}</p> : null}
            <label className="choice">
              <input
                type="checkbox"
                checked={draft.pregnant}
                onChange={(e) => update({ pregnant: e.target.checked })}
              />{' '}
              Pregnant
            </label>
            {draft.pregnant ? (
              <FormField
                id={idFor('pregnancyTrimester')}
                label="Trimester (for the calorie target)"
              >
                {(ids) => (
                  <select
                    {...ids}
                    value={draft.pregnancyTrimester}
                    onChange={(e) =>
                      update({
                        pregnancyTrimester: e.target.value as PersonDraft['pregnancyTrimester'],
                      })
                    }
                  >
                    <option value="">Not sure</option>
                    <option value="1">First (weeks 1–13)</option>
                    <option value="2">Second (weeks 14–27)</option>
                    <option value="3">Third (week 28 on)</option>
                  </select>
                )}
              </FormField>
            ) : null}
            <label className="choice">
              <input
                type="checkbox"
                checked={draft.lactating}
                onChange={(e) => update({ lactating: e.target.checked })}
              />{' '}
              Breastfeeding
            </label>
          </div>
        ) : null}
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.breastfedByUnsupplementedVeganMother}
            onChange={(e) => update({ breastfedByUnsupplementedVeganMother: e.target.checked })}
          />
          A baby under 1 year, breastfed by a vegan mother who takes no B12
        </label>
      </fieldset>
      <fieldset id={idFor('diet')}>
        <legend>Diet</legend>
        {errorFor('diet') ? <p className="field-error">{errorFor('diet')}</p> : null}
        {DIET_ORDER.map((diet) => (
          <label key={diet} className="choice">
            <input
              type="radio"
              name={`${prefix}-diet`}
              checked={draft.diet === diet}
              onChange={() => update({ diet })}
            />
            {DIET_LABELS[diet]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Body and energy</legend>
        <p className="hint">
          Used for the calorie and protein targets of generated plans. Leave empty to use typical
          values.
        </p>
        <div className="field-row">
          <FormField
            id={idFor('weightKg')}
            label="Weight, kg (optional)"
            error={errorFor('weightKg')}
          >
            {(ids) => (
              <input
                {...ids}
                inputMode="decimal"
                className="input-short"
                value={draft.weightKg}
                onChange={(e) => update({ weightKg: e.target.value })}
              />
            )}
          </FormField>
          <FormField
            id={idFor('heightCm')}
            label="Height, cm (optional)"
            error={errorFor('heightCm')}
          >
            {(ids) => (
              <input
                {...ids}
                inputMode="decimal"
                className="input-short"
                value={draft.heightCm}
                onChange={(e) => update({ heightCm: e.target.value })}
              />
            )}
          </FormField>
        </div>
        <FormField id={idFor('activity')} label="How active">
          {(ids) => (
            <select
              {...ids}
              value={draft.activity}
              onChange={(e) => update({ activity: e.target.value as ActivityLevel })}
            >
              {ACTIVITY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {ACTIVITY_LABELS[level]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={idFor('calorieTargetKcal')}
          label="Calorie target, kcal a day (optional)"
          hint={
            suggestion
              ? `Suggested: ${Math.round(suggestion).toLocaleString('en')} kcal a day (Institute of Medicine equation). Leave empty to use it.`
              : 'Leave empty to use the suggested target.'
          }
          error={errorFor('calorieTargetKcal')}
        >
          {(ids) => (
            <input
              {...ids}
              inputMode="numeric"
              className="input-short"
              value={draft.calorieTargetKcal}
              onChange={(e) => update({ calorieTargetKcal: e.target.value })}
            />
          )}
        </FormField>
      </fieldset>
      <MedicinesEditor
        medications={draft.medications}
        onChange={(medications) => update({ medications })}
        idFor={idFor}
        errorFor={errorFor}
      />
      <ChecklistFieldset
        idPrefix={idFor('conditions')}
        legend="Health conditions"
        hint="Tick any that a doctor has told you about."
        options={CONDITION_OPTIONS}
        selected={draft.conditions}
        onChange={(conditions) => update({ conditions })}
      />
      <ChecklistFieldset
        idPrefix={idFor('symptoms')}
        legend="Symptoms now"
        hint="Tick any you have at the moment."
        options={SYMPTOM_OPTIONS}
        selected={draft.symptoms}
        onChange={(symptoms) => update({ symptoms })}
      />
      <FolicAcidFieldset
        value={draft.folicAcidUgPerDay}
        onChange={(folicAcidUgPerDay) => update({ folicAcidUgPerDay })}
        idFor={idFor}
        errorFor={errorFor}
      />
      <SupplementsEditor
        supplements={draft.supplements}
        onChange={(supplements) => update({ supplements })}
        choices={supplementChoices}
        newId={newId}
        idFor={idFor}
        errorFor={errorFor}
      />
      {typedAgeUnderOne(draft, clock.today()) ? (
        <p className="callout callout-info">
          B12 Planner does not ask what a baby under 1 eats: breast milk and infant formula are
          outside what it can count. The baby&apos;s health visitor or clinician can say how the
          baby gets B12.
        </p>
      ) : (
        <UsualWeekEditor
          diet={draft.diet}
          draft={draft.usualWeek}
          onChange={(usualWeek) => update({ usualWeek })}
          asksSupplement={draft.supplements.length === 0}
          idFor={idFor}
          errorFor={errorFor}
          legend={`What does ${draft.name.trim() || 'this person'} usually eat?`}
        />
      )}
      <FoodPreferencesFieldset
        allergies={draft.allergies}
        dislikes={draft.dislikes}
        onChange={update}
        idFor={idFor}
        errorFor={errorFor}
      />
      <div className="button-row">
        <button type="submit" className="button">
          {isNew ? 'Save person' : 'Save changes'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
