/** The person form's folic acid question: supplements only (high doses can hide a lack of B12, reference §4). */
import { FormField } from '../../components/FormField'

export interface FolicAcidFieldsetProps {
  value: string
  onChange(value: string): void
  idFor(field: string): string
  errorFor(field: string): string | undefined
}

export function FolicAcidFieldset({ value, onChange, idFor, errorFor }: FolicAcidFieldsetProps) {
  return (
    <fieldset>
      <legend>Folic acid</legend>
      <FormField
        id={idFor('folicAcidUgPerDay')}
        label="Folic acid from supplements, µg a day (optional)"
        hint="A 400 µg tablet is 400. A 5 mg tablet is 5000."
        error={errorFor('folicAcidUgPerDay')}
      >
        {(ids) => (
          <input
            {...ids}
            inputMode="decimal"
            className="input-short"
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </FormField>
    </fieldset>
  )
}
