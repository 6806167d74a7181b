import type { MouseEvent, ReactNode } from 'react'
import { useServices } from '../data'

export interface ExternalLinkProps {
  /** One of the cited sources (src/shared/external-links.ts); anything else is not opened. */
  href: string
  children: ReactNode
}

/**
 * A link to a cited source. Clicking it never navigates the app: it asks the host
 * (DesktopApi.openExternal) to open the page in the system browser after the person confirms.
 * The href stays visible, so the address can be read or copied.
 */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  const { desktop } = useServices()
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault()
    void desktop.openExternal(href)
  }
  return (
    <a href={href} onClick={open} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden"> (opens in your web browser)</span>
    </a>
  )
}
