import { useEffect, useRef } from 'react'
import type { ShoppingActions } from './use-shopping-actions'

/** What the last change did, with Undo where it removed something; errors are announced. */
export function ShoppingStatus({ actions }: { actions: ShoppingActions }) {
  const undoRef = useRef<HTMLButtonElement>(null)
  const { undo, focusUndo } = actions
  useEffect(() => {
    if (undo && focusUndo) undoRef.current?.focus()
  }, [undo, focusUndo])
  return (
    <div className="no-print">
      <div aria-live="polite" className="status-region">
        {actions.message ? (
          <p className="callout callout-info shop-status">
            {actions.message}{' '}
            {undo ? (
              <button
                ref={undoRef}
                type="button"
                className="button button-secondary button-small"
                onClick={actions.revert}
              >
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {actions.error ? (
        <p className="callout callout-error" role="alert">
          {actions.error}
        </p>
      ) : null}
    </div>
  )
}
