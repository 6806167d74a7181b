import { useEffect, useRef, useState, type ReactNode } from 'react'

export interface StatusMessageProps {
  /** What the last action did; null shows an empty (but present) live region. */
  message: string | null
  /**
   * Puts things back. A rejection is shown as an alert and the message stays, so the person can
   * see nothing was undone and try again.
   */
  onUndo?: (() => unknown) | undefined
  /** The Undo button's text, when "Undo" alone would not say what it undoes. */
  undoLabel?: string
  /**
   * Whether the message takes focus when it appears: true where the control that was used has
   * gone (a removed row, a closed form), so keyboard focus would otherwise drop to the page body.
   */
  takeFocus?: boolean
  /** Changes with every new action, so the same text shown twice still takes focus again. */
  focusKey?: unknown
  /**
   * More about the outcome, under the message (e.g. what a generated week could not meet); with
   * details the message is a block and its buttons a row below them.
   */
  details?: ReactNode
  /** Closes the message; focus then stays in the status region, not on the body. */
  onDismiss?: (() => void) | undefined
  dismissLabel?: string
  /**
   * A failure of the action itself, announced as an alert; with takeFocus it takes focus, as the
   * control that failed may have gone (or been disabled while it worked).
   */
  error?: string | null | undefined
  className?: string
}

/**
 * The one status-with-Undo of the app (after actualbudget/actual's notifications: one place,
 * focus on the message). The live region is always in the page, so screen readers announce
 * text put into it; after an action focus goes to Undo (or the message), never to the body.
 */
export function StatusMessage({
  message,
  onUndo,
  undoLabel = 'Undo',
  takeFocus = true,
  focusKey,
  details,
  onDismiss,
  dismissLabel = 'Close this message',
  error,
  className = 'callout callout-info',
}: StatusMessageProps) {
  const regionRef = useRef<HTMLDivElement>(null)
  const messageRef = useRef<HTMLParagraphElement & HTMLDivElement>(null)
  const undoRef = useRef<HTMLButtonElement>(null)
  const errorRef = useRef<HTMLParagraphElement>(null)
  // A failed undo belongs to the message it was for: a newer message hides it.
  const [failedUndo, setFailedUndo] = useState<{ message: string; text: string } | null>(null)
  const [undoing, setUndoing] = useState(false)
  const shown = message !== null && message !== ''
  const undoError = failedUndo && failedUndo.message === message ? failedUndo.text : null

  useEffect(() => {
    if (!shown || !takeFocus) return
    ;(undoRef.current ?? messageRef.current)?.focus()
    // focusKey is a trigger only: a new action with the same text takes focus again.
  }, [message, shown, takeFocus, focusKey])

  useEffect(() => {
    if (error && takeFocus) errorRef.current?.focus()
  }, [error, takeFocus, focusKey])

  const keepFocusInRegion = (): void => {
    const active = document.activeElement
    if (!active || active === document.body || regionRef.current?.contains(active))
      regionRef.current?.focus()
  }

  const dismiss = (): void => {
    onDismiss?.()
    regionRef.current?.focus()
  }

  const undo = async (): Promise<void> => {
    if (!onUndo || undoing || message === null) return
    setUndoing(true)
    setFailedUndo(null)
    try {
      await onUndo()
      // The Undo button is about to go: keep focus in the status region, not on the body,
      // unless the undo itself put focus somewhere (e.g. on the row it brought back).
      keepFocusInRegion()
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause)
      setFailedUndo({ message, text: `That could not be undone, so nothing was changed: ${why}` })
      undoRef.current?.focus()
    } finally {
      setUndoing(false)
    }
  }

  const undoButton = onUndo ? (
    <button
      ref={undoRef}
      type="button"
      className="button button-secondary"
      onClick={() => void undo()}
    >
      {undoLabel}
    </button>
  ) : null

  return (
    <>
      <div ref={regionRef} role="status" className="status-region" tabIndex={-1}>
        {shown && (details !== undefined || onDismiss) ? (
          <div ref={messageRef} className={className} tabIndex={-1}>
            <p>{message}</p>
            {details}
            <div className="button-row">
              {undoButton}
              {onDismiss ? (
                <button type="button" className="button button-secondary" onClick={dismiss}>
                  {dismissLabel}
                </button>
              ) : null}
            </div>
          </div>
        ) : shown ? (
          <p ref={messageRef} className={className} tabIndex={-1}>
            {message}
            {undoButton ? <> {undoButton}</> : null}
          </p>
        ) : null}
      </div>
      {(undoError ?? error) ? (
        <p ref={errorRef} className="callout callout-error" role="alert" tabIndex={-1}>
          {undoError ?? error}
        </p>
      ) : null}
    </>
  )
}
