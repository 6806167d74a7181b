/**
 * The person form's food preferences: allergies (never planned, with a read-back of what each word
 * keeps out) and dislikes (planned less often).
 */
import { FormField } from '../../components/FormField'
import { AllergyReadback } from './AllergyReadback'

export interface FoodPreferencesFieldsetProps {
  allergies: string
  dislikes: string
  onChange(patch: { allergies?: string; dislikes?: string }): void
  idFor(field: string): string
  errorFor(field: string): string | undefined
}

export function FoodPreferencesFieldset({
  allergies,
  dislikes,
  onChange,
  idFor,
  errorFor,
}: FoodPreferencesFieldsetProps) {
  return (
    <fieldset>
      <legend>Food preferences</legend>
      <FormField
        id={idFor('allergies')}
        label="Allergies (never planned)"
        hint="Separate with commas, for example: peanut, soy, oats. Below, you can check what each word keeps out."
        error={errorFor('allergies')}
      >
        {(ids) => (
          <input
            {...ids}
            type="text"
            value={allergies}
            onChange={(e) => onChange({ allergies: e.target.value })}
          />
        )}
      </FormField>
      <AllergyReadback
        text={allergies}
        onChange={(allergies) => onChange({ allergies })}
        inputId={idFor('allergies')}
      />
      <FormField
        id={idFor('dislikes')}
        label="Dislikes (planned less often)"
        hint="Separate with commas, for example: mushrooms, olives"
        error={errorFor('dislikes')}
      >
        {(ids) => (
          <input
            {...ids}
            type="text"
            value={dislikes}
            onChange={(e) => onChange({ dislikes: e.target.value })}
          />
        )}
      </FormField>
    </fieldset>
  )
}
