import { useEffect, useRef } from 'react'
import type { Infeasibility } from '../../../core/planning/infeasibility'
import { adviceHash } from '../advice'
import type { GenerateState } from './use-generate'

export interface GeneratePanelProps {
  state: GenerateState
  names: ReadonlyMap<string, string>
  canGenerate: boolean
  /** Everyone shown is a baby under 1, so there is no one to plan meals for (reference §6a.3). */
  noOneToPlan: boolean
  onGenerate: (fresh: boolean) => void
  onCancel: () => void
  onUndo: () => void
  onDismiss: () => void
}

/** The misses of one generation, one group per person, in the order they first appear. */
function missesByPerson(misses: readonly Infeasibility[]): { profileId: string; misses: Infeasibility[] }[] {
  const groups = new Map<string, Infeasibility[]>()
  for (const miss of misses) groups.set(miss.profileId, [...(groups.get(miss.profileId) ?? []), miss])
  return [...groups].map(([profileId, list]) => ({ profileId, misses: list }))
}

function skippedText(ids: readonly string[], names: ReadonlyMap<string, string>): string | null {
  if (ids.length === 0) return null
  const who = ids.map((id) => names.get(id) ?? 'Someone').join(', ')
  return `Not planned: ${who}. B12 Planner does not plan meals for babies under 1.`
}

/**
 * What could not be met, per person. No dose is computed here (reference §6a.6): a B12 miss
 * links to that person's Advice page, which shows the dose of their own suggestion, if any.
 */
function Misses({ misses, names }: { misses: readonly Infeasibility[]; names: ReadonlyMap<string, string> }) {
  return (
    <>
      <p>Done, but some targets cannot be met from the recipes available:</p>
      {missesByPerson(misses).map(({ profileId, misses: list }) => {
        const name = names.get(profileId) ?? 'Someone'
        return (
          <div key={profileId} className="generate-misses">
            <p>{name}:</p>
            <ul>
              {list.map((miss) => (
                <li key={`${miss.date}-${miss.code}-${miss.slot ?? ''}`}>{miss.message}.</li>
              ))}
            </ul>
            {list.some((miss) => miss.code.startsWith('B12')) ? (
              <p>
                What can close a B12 gap depends on the person.{' '}
                <a href={adviceHash({ personId: profileId, summary: false })}>See {name}&apos;s advice</a>
              </p>
            ) : null}
          </div>
        )
      })}
    </>
  )
}

/** Generate / regenerate the week, with progress, cancel, what could not be met, and undo. */
export function GeneratePanel({ state, names, canGenerate, noOneToPlan, onGenerate, onCancel, onUndo, onDismiss }: GeneratePanelProps) {
  const running = state.status === 'running'
  // The Generate button is disabled while planning, which drops keyboard focus to the body:
  // focus follows the panel instead (Cancel while running, then the outcome).
  const cancelRef = useRef<HTMLButtonElement>(null)
  const outcomeRef = useRef<HTMLElement>(null)
  const undoRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (state.status === 'running') cancelRef.current?.focus()
    else if (state.status === 'done') undoRef.current?.focus()
    else if (state.status === 'cancelled' || state.status === 'error') outcomeRef.current?.focus()
  }, [state.status])
  const enabled = canGenerate && !noOneToPlan && !running
  const skipped = state.status === 'running' || state.status === 'done' ? skippedText(state.skipped, names) : null
  return (
    <section className="generate-panel no-print" aria-labelledby="generate-title">
      <h2 id="generate-title">Let the app plan the week</h2>
      <p className="hint">
        Finds meals from the recipe library that meet each person&apos;s B12, calorie and protein targets, their diet and
        allergies. Locked meals are kept.
      </p>
      {noOneToPlan ? (
        <p id="generate-no-one" className="callout callout-info">
          There is no one to plan meals for: B12 Planner does not plan meals for babies under 1.
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" disabled={!enabled} aria-describedby={noOneToPlan ? 'generate-no-one' : undefined}
          onClick={() => onGenerate(false)}>
          Generate the week
        </button>
        <button type="button" className="button button-secondary" disabled={!enabled} aria-describedby={noOneToPlan ? 'generate-no-one' : undefined}
          onClick={() => onGenerate(true)}>
          Try a different week
        </button>
      </div>
      {running ? (
        <div role="status" className="callout callout-info">
          <p>
            Planning… {state.progress.done} of {state.progress.total} days done.
          </p>
          {skipped ? <p>{skipped}</p> : null}
          <progress max={state.progress.total} value={state.progress.done} aria-label="Planning progress" />
          <button ref={cancelRef} type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : null}
      {state.status === 'cancelled' ? <p ref={(el) => { outcomeRef.current = el }} role="status" tabIndex={-1}>Planning was cancelled. Nothing was changed.</p> : null}
      {state.status === 'error' ? (
        <p ref={(el) => { outcomeRef.current = el }} role="alert" tabIndex={-1} className="callout callout-error">
          The week could not be planned, nothing was changed: {state.message}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <div role="status" className={state.infeasibilities.length === 0 ? 'callout callout-ok' : 'callout callout-warning'}>
          {state.infeasibilities.length === 0 ? (
            <p>Done: every day meets {skipped ? 'the targets of everyone planned for' : "everyone's targets"}.</p>
          ) : (
            <Misses misses={state.infeasibilities} names={names} />
          )}
          {skipped ? <p>{skipped}</p> : null}
          <div className="button-row">
            <button ref={undoRef} type="button" className="button button-secondary" onClick={onUndo}>
              Undo the new plan
            </button>
            <button type="button" className="button button-secondary" onClick={onDismiss}>
              Close this message
            </button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
