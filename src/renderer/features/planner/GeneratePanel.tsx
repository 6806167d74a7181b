import { useEffect, useRef } from 'react'
import { shortfallText } from '../../../core/planning/shortfall-text'
import { groupShortfalls, type Shortfall } from '../../../core/planning/shortfalls'
import type { RuleReport } from '../../../core/planning/check-household-rules'
import { notAppliedText, ruleMissText } from '../../../core/planning/household-rule-text'
import { adviceHash } from '../advice'
import { StatusMessage, type StatusMessageProps } from '../../components/StatusMessage'
import type { GenerateState } from './use-generate'

export interface GeneratePanelProps {
  state: GenerateState
  names: ReadonlyMap<string, string>
  canGenerate: boolean
  /** Everyone shown is a baby under 1, so there is no one to plan meals for (reference §6a.3). */
  noOneToPlan: boolean
  onGenerate: (fresh: boolean) => void
  onCancel: () => void
  /** Puts the previous week back; a rejection is shown by the status message. */
  onUndo: () => Promise<unknown>
  onDismiss: () => void
}

function skippedText(ids: readonly string[], names: ReadonlyMap<string, string>): string | null {
  if (ids.length === 0) return null
  const who = ids.map((id) => names.get(id) ?? 'Someone').join(', ')
  return `Not planned: ${who}. B12 Planner does not plan meals for babies under 1.`
}

/** The status message's text, details and style for the generation's outcome. */
function outcome(
  state: GenerateState,
  skipped: string | null,
  names: ReadonlyMap<string, string>,
): Pick<StatusMessageProps, 'message' | 'details' | 'className'> {
  if (state.status === 'cancelled')
    return { message: 'Planning was cancelled. Nothing was changed.', className: '' }
  if (state.status !== 'done') return { message: null }
  // One line per cause, not one per day (a target missed all week is one shortfall).
  const shortfalls = groupShortfalls(state.infeasibilities)
  const rules = state.rules
  const ruleNotes = rules ? rules.misses.length + rules.notApplied.length : 0
  const details = (
    <>
      {shortfalls.length > 0 ? <Shortfalls shortfalls={shortfalls} names={names} /> : null}
      {rules && ruleNotes > 0 ? <RuleNotes report={rules} names={names} /> : null}
      {skipped ? <p>{skipped}</p> : null}
    </>
  )
  return shortfalls.length === 0
    ? {
        message: `Done: every day meets ${skipped ? 'the targets of everyone planned for' : "everyone's targets"}.`,
        details,
        className: ruleNotes > 0 ? 'callout callout-info' : 'callout callout-ok',
      }
    : {
        message: 'Done, but some targets could not be met:',
        details,
        className: 'callout callout-warning',
      }
}

/**
 * What could not be met, one line per cause. No dose is computed here (reference §6a.6): a B12
 * shortfall links to that person's Advice page, which shows the dose of their own suggestion,
 * if any, and says where the target comes from.
 */
function Shortfalls({
  shortfalls,
  names,
}: {
  shortfalls: readonly Shortfall[]
  names: ReadonlyMap<string, string>
}) {
  return (
    <ul className="generate-misses">
      {shortfalls.map((s) => {
        const name = names.get(s.profileId) ?? 'Someone'
        return (
          <li key={`${s.profileId}-${s.code}-${s.slot ?? ''}`}>
            {shortfallText(s, name)}
            {s.adviceFor ? (
              <>
                {' '}
                <a href={adviceHash({ personId: s.adviceFor, summary: false })}>
                  See {name}&apos;s advice
                </a>
              </>
            ) : null}
            {s.sources.length > 0 ? (
              <p>
                Source of the target:{' '}
                {s.sources.map((c) => `${c.organisation} (${c.section})`).join('; ')}.
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * Household rules the week does not keep, and recipes used more than twice, one line per person
 * and rule; then rules that are not for someone (their diet, or no recipe they may eat).
 */
function RuleNotes({ report, names }: { report: RuleReport; names: ReadonlyMap<string, string> }) {
  const name = (id: string): string => names.get(id) ?? 'Someone'
  return (
    <>
      <p>Household rules are aims, not limits: the planner keeps them where the targets allow.</p>
      <ul className="generate-misses" aria-label="Household rules and variety">
        {report.misses.map((m) => (
          <li key={`${m.profileId}-${m.kind === 'rule' ? m.rule.id : 'variety'}`}>
            {ruleMissText(m, name(m.profileId))}
          </li>
        ))}
        {report.notApplied.map((n) => (
          <li key={`${n.profileId}-${n.rule.id}-not`}>{notAppliedText(n, name(n.profileId))}</li>
        ))}
      </ul>
    </>
  )
}

/** Generate / regenerate the week, with progress, cancel, what could not be met, and undo. */
export function GeneratePanel({
  state,
  names,
  canGenerate,
  noOneToPlan,
  onGenerate,
  onCancel,
  onUndo,
  onDismiss,
}: GeneratePanelProps) {
  const running = state.status === 'running'
  // The Generate button is disabled while planning, which drops keyboard focus to the body:
  // focus follows the panel instead (Cancel while running, then the outcome: the status
  // message's Undo, the cancelled message, or the error).
  const cancelRef = useRef<HTMLButtonElement>(null)
  const errorRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state.status === 'running') cancelRef.current?.focus()
    else if (state.status === 'error') errorRef.current?.focus()
  }, [state.status])
  const enabled = canGenerate && !noOneToPlan && !running
  const skipped =
    state.status === 'running' || state.status === 'done' ? skippedText(state.skipped, names) : null
  return (
    <section className="generate-panel no-print" aria-labelledby="generate-title">
      <h2 id="generate-title">Let the app plan the week</h2>
      <p className="hint">
        Finds meals from the recipe library that meet each person&apos;s B12, calorie and protein
        targets, their diet and allergies, and follows the household&apos;s rules where it can (set
        them on the Household page). Locked meals are kept.
      </p>
      {noOneToPlan ? (
        <p id="generate-no-one" className="callout callout-info">
          There is no one to plan meals for: B12 Planner does not plan meals for babies under 1.
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!enabled}
          aria-describedby={noOneToPlan ? 'generate-no-one' : undefined}
          onClick={() => onGenerate(false)}
        >
          Generate the week
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={!enabled}
          aria-describedby={noOneToPlan ? 'generate-no-one' : undefined}
          onClick={() => onGenerate(true)}
        >
          Try a different week
        </button>
      </div>
      {running ? (
        <div role="status" className="callout callout-info">
          <p>
            Planning… {state.progress.done} of {state.progress.total} days done.
          </p>
          {skipped ? <p>{skipped}</p> : null}
          <progress
            max={state.progress.total}
            value={state.progress.done}
            aria-label="Planning progress"
          />
          <button
            ref={cancelRef}
            type="button"
            className="button button-secondary"
            onClick={onCancel}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {state.status === 'error' ? (
        <p ref={errorRef} role="alert" tabIndex={-1} className="callout callout-error">
          The week could not be planned, nothing was changed: {state.message}
        </p>
      ) : null}
      {/* The one status message: the outcome, with Undo taking focus when a week was stored. */}
      <StatusMessage
        {...outcome(state, skipped, names)}
        focusKey={state}
        onUndo={state.status === 'done' ? onUndo : undefined}
        undoLabel="Undo the new plan"
        onDismiss={state.status === 'done' ? onDismiss : undefined}
      />
    </section>
  )
}
