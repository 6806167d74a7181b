import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import {
  customFoodFromLabel,
  type CustomFoodCaution,
  type FieldError,
} from '../../../core/foods/custom-food'
import { AISLE_LABELS, AISLES, DIETS, type FoodRecord } from '../../../core/foods/types'
import { ErrorSummary, FormField } from '../../components/FormField'
import { useFormErrors } from '../../components/use-form-errors'
import { DIET_LABELS } from './food-text'
import {
  EMPTY_CUSTOM_FOOD,
  inputFromValues,
  valuesFromFood,
  type CustomFoodValues,
} from './custom-food-form-model'

export interface CustomFoodFormProps {
  /** The food being edited; absent when adding a new one. */
  editing?: FoodRecord
  /** Saves the validated food; may reject with an Error whose message is shown. */
  onSave: (food: FoodRecord) => Promise<void>
  onCancel: () => void
  newUuid: () => string
}

const SUPPLEMENT_UNITS = ['tablet', 'spray', 'lozenge', 'drop', 'capsule'] as const

export function CustomFoodForm({ editing, onSave, onCancel, newUuid }: CustomFoodFormProps) {
  const prefix = useId()
  const idFor = (field: string): string => `${prefix}-${field}`
  const [values, setValues] = useState<CustomFoodValues>(() =>
    editing ? valuesFromFood(editing) : EMPTY_CUSTOM_FOOD,
  )
  const { errors, setErrors, errorFor, summaryRef } = useFormErrors<FieldError>()
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const cautionRef = useRef<HTMLHeadingElement>(null)
  // A caution the person is asked to confirm, for exactly the values it was given for.
  const [caution, setCaution] = useState<{
    cautions: CustomFoodCaution[]
    values: CustomFoodValues
  } | null>(null)
  const [uuid] = useState(() => (editing ? editing.id.slice('custom:'.length) : newUuid()))
  const set = <K extends keyof CustomFoodValues>(key: K, value: CustomFoodValues[K]): void =>
    setValues((current) => ({ ...current, [key]: value }))
  const pendingCaution = caution !== null && caution.values === values ? caution.cautions : null

  useEffect(() => {
    if (pendingCaution) cautionRef.current?.focus()
  }, [pendingCaution])

  const save = (confirmed: boolean): void => {
    setSaveError(null)
    const result = customFoodFromLabel(inputFromValues(values, uuid))
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors([])
    if (result.cautions.length > 0 && !confirmed) {
      setCaution({ cautions: result.cautions, values })
      return
    }
    setCaution(null)
    setSaving(true)
    onSave(result.food)
      .catch((error: unknown) =>
        setSaveError(
          `Your food could not be saved, nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => setSaving(false))
  }
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    save(false)
  }
  const checkAgain = (): void => {
    setCaution(null)
    document.getElementById(idFor('b12UgPerServing'))?.focus()
  }

  const isSupplement = values.kind === 'supplement'
  const perLabel = isSupplement ? `per ${values.supplementUnit}` : 'per serving'
  return (
    <form
      className="custom-food-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${prefix}-title`}
    >
      <h2 id={`${prefix}-title`}>
        {editing ? `Edit “${editing.name}”` : 'Add your own food or supplement'}
      </h2>
      <p className="hint">
        Copy the numbers from the product label. Fields marked optional can be left empty.
      </p>
      <ErrorSummary errors={errors} idFor={idFor} summaryRef={summaryRef} />
      {saveError ? (
        <p className="callout callout-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <fieldset>
        <legend>What is it?</legend>
        {(['food', 'supplement'] as const).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name={`${prefix}-kind`}
              checked={values.kind === kind}
              onChange={() => set('kind', kind)}
            />
            {kind === 'food' ? 'A food or drink' : 'A B12 supplement (tablet, spray…)'}
          </label>
        ))}
      </fieldset>
      <FormField id={idFor('name')} label="Name" error={errorFor('name')}>
        {(ids) => (
          <input
            {...ids}
            type="text"
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
            autoComplete="off"
          />
        )}
      </FormField>
      {isSupplement ? (
        <FormField
          id={idFor('supplementUnit')}
          label="It comes as"
          error={errorFor('supplementUnit')}
        >
          {(ids) => (
            <select
              {...ids}
              value={values.supplementUnit}
              onChange={(e) =>
                set('supplementUnit', e.target.value as CustomFoodValues['supplementUnit'])
              }
            >
              {SUPPLEMENT_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {unit}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : (
        <div className="field-row">
          <FormField
            id={idFor('servingSize')}
            label="Serving size"
            hint="As printed on the label"
            error={errorFor('servingSize')}
          >
            {(ids) => (
              <input
                {...ids}
                inputMode="decimal"
                value={values.servingSize}
                onChange={(e) => set('servingSize', e.target.value)}
              />
            )}
          </FormField>
          <FormField id={idFor('servingUnit')} label="Unit" error={errorFor('servingUnit')}>
            {(ids) => (
              <select
                {...ids}
                value={values.servingUnit}
                onChange={(e) => set('servingUnit', e.target.value as 'g' | 'ml')}
              >
                <option value="g">grams (g)</option>
                <option value="ml">millilitres (ml)</option>
              </select>
            )}
          </FormField>
        </div>
      )}
      <FormField
        id={idFor('b12UgPerServing')}
        label={`Vitamin B12, µg ${perLabel}`}
        hint="In micrograms (µg or mcg), not milligrams"
        error={errorFor('b12UgPerServing')}
      >
        {(ids) => (
          <input
            {...ids}
            inputMode="decimal"
            value={values.b12UgPerServing}
            onChange={(e) => set('b12UgPerServing', e.target.value)}
          />
        )}
      </FormField>
      {isSupplement ? null : (
        <>
          <FormField
            id={idFor('energyKcalPerServing')}
            label="Energy, kcal per serving (optional)"
            error={errorFor('energyKcalPerServing')}
          >
            {(ids) => (
              <input
                {...ids}
                inputMode="decimal"
                value={values.energyKcalPerServing}
                onChange={(e) => set('energyKcalPerServing', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={idFor('proteinGPerServing')}
            label="Protein, g per serving (optional)"
            error={errorFor('proteinGPerServing')}
          >
            {(ids) => (
              <input
                {...ids}
                inputMode="decimal"
                value={values.proteinGPerServing}
                onChange={(e) => set('proteinGPerServing', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={idFor('folicAcidUgPerServing')}
            label="Folic acid, µg per serving (optional)"
            error={errorFor('folicAcidUgPerServing')}
          >
            {(ids) => (
              <input
                {...ids}
                inputMode="decimal"
                value={values.folicAcidUgPerServing}
                onChange={(e) => set('folicAcidUgPerServing', e.target.value)}
              />
            )}
          </FormField>
          <FormField id={idFor('aisle')} label="Shopping aisle" error={errorFor('aisle')}>
            {(ids) => (
              <select
                {...ids}
                value={values.aisle}
                onChange={(e) => set('aisle', e.target.value as CustomFoodValues['aisle'])}
              >
                {AISLES.filter((aisle) => aisle !== 'supplements').map((aisle) => (
                  <option key={aisle} value={aisle}>
                    {AISLE_LABELS[aisle]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </>
      )}
      <FormField
        id={idFor('diet')}
        label="Suitable for"
        hint="The strictest diet it suits: vegan products suit every diet"
        error={errorFor('diet')}
      >
        {(ids) => (
          <select
            {...ids}
            value={values.diet}
            onChange={(e) => set('diet', e.target.value as CustomFoodValues['diet'])}
          >
            {DIETS.map((diet) => (
              <option key={diet} value={diet}>
                {DIET_LABELS[diet]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {pendingCaution ? (
        <section className="callout callout-warning" aria-labelledby={`${prefix}-caution`}>
          <h3 id={`${prefix}-caution`} ref={cautionRef} tabIndex={-1}>
            Please check the B12 amount
          </h3>
          {pendingCaution.map((c) => (
            <p key={c.code}>{c.message}</p>
          ))}
          <div className="button-row">
            <button type="button" className="button" onClick={() => save(true)} disabled={saving}>
              Yes, save it as entered
            </button>
            <button type="button" className="button button-secondary" onClick={checkAgain}>
              Let me check the numbers
            </button>
          </div>
        </section>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : editing ? 'Save changes' : 'Save food'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
