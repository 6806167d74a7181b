import type { GenerateState } from './use-generate'

export interface GeneratePanelProps {
  state: GenerateState
  names: ReadonlyMap<string, string>
  canGenerate: boolean
  onGenerate: (fresh: boolean) => void
  onCancel: () => void
  onUndo: () => void
  onDismiss: () => void
}

/** Generate / regenerate the week, with progress, cancel, what could not be met, and undo. */
export function GeneratePanel({ state, names, canGenerate, onGenerate, onCancel, onUndo, onDismiss }: GeneratePanelProps) {
  const running = state.status === 'running'
  return (
    <section className="generate-panel no-print" aria-labelledby="generate-title">
      <h2 id="generate-title">Let the app plan the week</h2>
      <p className="hint">
        Finds meals from the recipe library that meet each person&apos;s B12, calorie and protein targets, their diet and
        allergies. Locked meals are kept.
      </p>
      <div className="button-row">
        <button type="button" className="button" disabled={!canGenerate || running} onClick={() => onGenerate(false)}>
          Generate the week
        </button>
        <button type="button" className="button button-secondary" disabled={!canGenerate || running} onClick={() => onGenerate(true)}>
          Try a different week
        </button>
      </div>
      {running ? (
        <div role="status" className="callout callout-info">
          <p>
            Planning… {state.progress.done} of {state.progress.total} days done.
          </p>
          <progress max={state.progress.total} value={state.progress.done} aria-label="Planning progress" />
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : null}
      {state.status === 'cancelled' ? <p role="status">Planning was cancelled. Nothing was changed.</p> : null}
      {state.status === 'error' ? (
        <p role="alert" className="callout callout-error">
          The week could not be planned, nothing was changed: {state.message}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <div role="status" className={state.infeasibilities.length === 0 ? 'callout callout-ok' : 'callout callout-warning'}>
          {state.infeasibilities.length === 0 ? (
            <p>Done: every day meets everyone&apos;s targets.</p>
          ) : (
            <>
              <p>Done, but some targets cannot be met from the recipes available:</p>
              <ul>
                {state.infeasibilities.map((miss) => (
                  <li key={`${miss.profileId}-${miss.date}-${miss.code}-${miss.slot ?? ''}`}>
                    {names.get(miss.profileId) ?? 'Someone'}: {miss.message}.
                    {miss.suggestion ? ` A B12 supplement of about ${miss.suggestion.ugPerDay} µg a day would close the gap: see the Advice page for what suits this person.` : ''}
                  </li>
                ))}
              </ul>
              <p>
                <a href="#/advice">Open the Advice page</a>
              </p>
            </>
          )}
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={onUndo}>
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
