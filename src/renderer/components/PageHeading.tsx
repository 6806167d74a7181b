import { useEffect, useRef, type ReactNode } from 'react'

export interface PageHeadingProps {
  title: string
  intro?: ReactNode
}

let focusPending = false

/**
 * Asks the next page heading to take focus, so a screen reader announces the new page. A page
 * that shows a loading state first gets focus when its heading appears.
 */
export function requestHeadingFocus(): void {
  const current = document.querySelector<HTMLElement>('[data-page-heading]')
  if (current) current.focus()
  else focusPending = true
}

/** The page's single h1; it can take focus (tabIndex -1) after navigation. */
export function PageHeading({ title, intro }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focusPending) {
      focusPending = false
      ref.current?.focus()
    }
  }, [])
  return (
    <header className="page-heading">
      <h1 ref={ref} tabIndex={-1} data-page-heading="">
        {title}
      </h1>
      {intro ? <p className="page-intro">{intro}</p> : null}
    </header>
  )
}
