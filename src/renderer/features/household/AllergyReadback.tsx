/**
 * Under the allergy field: what each word keeps out of the plan, and, when someone typed "nuts",
 * a plain question about which nuts are meant (both stay out until it is answered).
 */
import { useId, useState } from 'react'
import {
  ALLERGEN_GROUP_WORDS,
  answerWhichNuts,
  readAllergies,
  type AllergyWordReading,
  type NutsAnswer,
} from './allergy-readback'

const NUTS_CHOICES: readonly { value: NutsAnswer; label: string }[] = [
  { value: 'tree nuts', label: 'Tree nuts only (almonds, walnuts, cashews and others)' },
  { value: 'peanuts', label: 'Peanuts only' },
  { value: 'tree nuts, peanuts', label: 'Both tree nuts and peanuts' },
]

function readingText(r: AllergyWordReading): string {
  if (r.kind === 'groups') return r.groups.map((g) => ALLERGEN_GROUP_WORDS[g]).join('; ')
  if (r.kind === 'which-nuts')
    return 'both tree nuts and peanuts, until you say which (see the question below)'
  return `foods with “${r.word}” in their name (the planner knows no allergen group by this word, so check the recipes)`
}

export interface AllergyReadbackProps {
  text: string
  onChange(text: string): void
  /** The allergy field: focus returns there once "Which nuts?" is answered and goes away. */
  inputId: string
}

export function AllergyReadback({ text, onChange, inputId }: AllergyReadbackProps) {
  const readings = readAllergies(text)
  const nutsName = useId()
  const [choice, setChoice] = useState<NutsAnswer | null>(null)
  if (readings.length === 0) return null
  const asksNuts = readings.some((r) => r.kind === 'which-nuts')
  return (
    <div className="allergy-readback">
      <p>The planner will keep out:</p>
      <ul>
        {readings.map((r) => (
          <li key={r.word}>
            <strong>{r.word}</strong>: {readingText(r)}
          </li>
        ))}
      </ul>
      {asksNuts && (
        <fieldset>
          <legend>Which nuts?</legend>
          <p className="hint">
            Tree nuts and peanuts are different allergies. Until you choose, both are kept out.
          </p>
          {NUTS_CHOICES.map((c) => (
            <label key={c.value} className="choice">
              <input
                type="radio"
                name={nutsName}
                value={c.value}
                checked={choice === c.value}
                onChange={() => setChoice(c.value)}
              />
              {c.label}
            </label>
          ))}
          <button
            type="button"
            className="button button-secondary"
            disabled={choice === null}
            onClick={() => {
              if (choice === null) return
              onChange(answerWhichNuts(text, choice))
              setChoice(null)
              // the question goes away with the answer: back to the field it was about
              requestAnimationFrame(() => document.getElementById(inputId)?.focus())
            }}
          >
            Use this answer
          </button>
        </fieldset>
      )}
    </div>
  )
}
