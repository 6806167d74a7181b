/**
 * What a save ended with. 'saved' and 'info' (e.g. a cancelled save dialog) are polite news;
 * 'failed' is an alert, because the person believes their work was kept and it was not.
 */
export interface SaveOutcomeValue {
  kind: 'saved' | 'info' | 'failed'
  text: string
}

const CLASS = {
  saved: 'callout callout-ok',
  info: 'callout callout-info',
  failed: 'callout callout-error',
} as const

export interface SaveOutcomeProps {
  outcome: SaveOutcomeValue | null
  /** Extra classes on both parts, e.g. 'no-print' on a printable page. */
  className?: string
}

/**
 * The one save-outcome message of the app. The status region is always in the page, so a
 * screen reader announces text put into it; a failure is a separate alert. Focus is left alone:
 * the control that saved is still there.
 */
export function SaveOutcome({ outcome, className }: SaveOutcomeProps) {
  const extra = className ? ` ${className}` : ''
  const news = outcome && outcome.kind !== 'failed' ? outcome : null
  return (
    <>
      <div role="status" className={`status-region${extra}`}>
        {news ? <p className={CLASS[news.kind]}>{news.text}</p> : null}
      </div>
      {outcome?.kind === 'failed' ? (
        <p role="alert" className={`${CLASS.failed}${extra}`}>
          {outcome.text}
        </p>
      ) : null}
    </>
  )
}
