import type { Person } from '../../../core/profiles/person'
import { adviceHash } from '../advice'
import { INFANT_NOT_PLANNED_TEXT } from './planned-people'

export interface InfantNoticeProps {
  /** Babies under 1 among the people shown. */
  babies: readonly Person[]
}

/**
 * Why the Plan page plans nothing for a baby under 1 (reference §6a.3), and where their B12
 * advice is: the baby's own Advice page, which holds the clinician step.
 */
export function InfantNotice({ babies }: InfantNoticeProps) {
  if (babies.length === 0) return null
  return (
    <>
      {babies.map((baby) => (
        <section
          key={baby.id}
          className="callout callout-info infant-notice"
          aria-labelledby={`infant-${baby.id}`}
        >
          <h2 id={`infant-${baby.id}`}>No meals planned for {baby.name}</h2>
          <p>{INFANT_NOT_PLANNED_TEXT}</p>
          <p>
            <a href={adviceHash({ personId: baby.id, summary: false })}>
              See {baby.name}&apos;s advice
            </a>
          </p>
        </section>
      ))}
    </>
  )
}
