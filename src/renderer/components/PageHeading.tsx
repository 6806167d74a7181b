import type { ReactNode } from 'react'

export interface PageHeadingProps {
  title: string
  intro?: ReactNode
}

/**
 * The page's single h1. It can take focus (tabIndex -1) so that after navigation the app moves
 * focus here and a screen reader announces the new page.
 */
export function PageHeading({ title, intro }: PageHeadingProps) {
  return (
    <header className="page-heading">
      <h1 tabIndex={-1} data-page-heading="">
        {title}
      </h1>
      {intro ? <p className="page-intro">{intro}</p> : null}
    </header>
  )
}
