import { useLayoutEffect, useRef, type ReactNode } from 'react'

export interface PageHeadingProps {
  title: string
  intro?: ReactNode
}

let focusPending = false
let arrivalTarget: string | null = null

/**
 * Asks the next navigation to focus the element with this id (e.g. the planner's heading for a
 * week, after "Plan the week of …") instead of the page heading; the page heading if it is absent.
 */
export function requestArrivalFocus(id: string): void {
  arrivalTarget = id
}

/**
 * Asks the next page heading to take focus, so a screen reader announces the new page. A page
 * that shows a loading state first gets focus when its heading appears.
 */
export function requestHeadingFocus(): void {
  const target = arrivalTarget === null ? null : document.getElementById(arrivalTarget)
  arrivalTarget = null
  if (target) {
    target.focus()
    return
  }
  const current = document.querySelector<HTMLElement>('[data-page-heading]')
  if (current) current.focus()
  else focusPending = true
}

/** The page's single h1; it can take focus (tabIndex -1) after navigation. */
export function PageHeading({ title, intro }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null)
  // A layout effect: its clean-up runs before the heading leaves the page, while it still has focus.
  useLayoutEffect(() => {
    const heading = ref.current
    if (focusPending) {
      focusPending = false
      heading?.focus()
    }
    // A page that swaps its heading (loading → ready) hands the focus on to the new one.
    return () => {
      if (heading && document.activeElement === heading) focusPending = true
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
