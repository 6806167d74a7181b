import { StatusMessage } from '../../components/StatusMessage'
import type { ShoppingActions } from './use-shopping-actions'

/** What the last change did, with Undo where it removed something; errors are announced. */
export function ShoppingStatus({ actions }: { actions: ShoppingActions }) {
  return (
    <div className="no-print">
      <StatusMessage
        message={actions.message}
        onUndo={actions.undo ? actions.revert : undefined}
        takeFocus={actions.focusUndo}
        error={actions.error}
        className="callout callout-info shop-status"
      />
    </div>
  )
}
