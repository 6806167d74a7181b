import type { ReactNode } from 'react'

export interface EmptyStateProps {
  title: string
  children: ReactNode
  /** An optional next step, e.g. a link to the page where the person can start. */
  action?: ReactNode
}

/** An honest empty page: what will appear here, and what to do first. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <div className="empty-state-body">{children}</div>
      {action ? <div className="empty-state-action">{action}</div> : null}
    </section>
  )
}
