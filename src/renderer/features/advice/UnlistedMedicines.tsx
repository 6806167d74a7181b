import { recogniseMedication, UNLISTED_MEDICINE_TEXT } from '../../../core/b12'
import type { Person } from '../../../core/profiles/person'

export interface UnlistedMedicine {
  text: string
  /** The listed name it is close to ("metformin" for "metfromin"), or null. */
  didYouMean: string | null
}

/**
 * The person's medicines the app could not match to its list (reference §6a.7), each with the
 * listed name it is one or two letters away from, if any. The app never treats these as "not
 * affecting B12": they are shown so the person can check them.
 */
export function unlistedMedicines(person: Person): UnlistedMedicine[] {
  return person.medications
    .filter((m) => m.class === 'other')
    .map((m) => {
      const recognised = recogniseMedication(m.text)
      return { text: m.text, didYouMean: recognised.kind === 'typo' ? recognised.name : null }
    })
}

/** A calm note on the Advice page: which medicines were not checked, and what to do. */
export function UnlistedMedicines({ person }: { person: Person }) {
  const unlisted = unlistedMedicines(person)
  if (unlisted.length === 0) return null
  return (
    <section className="callout callout-info" aria-labelledby="unlisted-medicines-title">
      <h2 id="unlisted-medicines-title">Medicines the app could not check</h2>
      <p>
        {UNLISTED_MEDICINE_TEXT}. This advice does not include{' '}
        {unlisted.length === 1 ? 'it' : 'them'}.
      </p>
      <ul>
        {unlisted.map((m) => (
          <li key={m.text}>
            {m.text}
            {m.didYouMean
              ? ` — did you mean ${m.didYouMean}? You can change it when you edit ${person.name} on the Household page.`
              : ''}
          </li>
        ))}
      </ul>
      <p>
        <a href="#/household">Go to the Household page</a>
      </p>
    </section>
  )
}
