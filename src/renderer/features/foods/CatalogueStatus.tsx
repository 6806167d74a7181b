import { useServices } from '../../data'
import type { CatalogueState } from '../../data'

const PHASE_TEXT = {
  reading: 'Opening the food catalogue…',
  saving: 'Setting up the food catalogue on this computer (first start only)…',
  indexing: 'Preparing search…',
} as const

/** Progress while the catalogue loads, and a calm message with a retry if it fails. */
export function CatalogueStatus({ state }: { state: CatalogueState }) {
  const { catalogue } = useServices()
  if (state.status === 'loading') {
    const progress = state.progress
    return (
      <div className="callout callout-info" role="status">
        <p>{PHASE_TEXT[state.phase]}</p>
        {progress ? (
          <>
            <progress
              max={progress.total}
              value={progress.done}
              aria-label="Catalogue set-up progress"
            />
            <p>
              {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')} foods
            </p>
          </>
        ) : null}
      </div>
    )
  }
  if (state.status === 'error') {
    return (
      <div className="callout callout-error" role="alert">
        <p>{state.message}</p>
        <button type="button" className="button" onClick={() => void catalogue.load()}>
          Try again
        </button>
      </div>
    )
  }
  return null
}
