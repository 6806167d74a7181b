import { useCallback, useEffect, useState } from 'react'
import { hashFor, pageFromHash, type PageId } from './routes'

/**
 * The current page, kept in the location hash so that reload and the browser's back button work
 * and links are plain <a href="#/page"> elements a keyboard and a screen reader understand.
 */
export function useHashRoute(): [PageId, (page: PageId) => void] {
  const [page, setPage] = useState<PageId>(() => pageFromHash(window.location.hash))
  useEffect(() => {
    const onHashChange = (): void => setPage(pageFromHash(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const navigate = useCallback((next: PageId) => {
    window.location.hash = hashFor(next)
  }, [])
  return [page, navigate]
}
