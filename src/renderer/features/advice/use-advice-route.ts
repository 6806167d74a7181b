import { useCallback, useEffect, useState } from 'react'

export interface AdviceRoute {
  personId: string | null
  summary: boolean
}

/** Reads "#/advice?person=ID&summary=1". */
export function parseAdviceHash(hash: string): AdviceRoute {
  const query = hash.split('?')[1] ?? ''
  const params = new URLSearchParams(query)
  return { personId: params.get('person'), summary: params.get('summary') === '1' }
}

export function adviceHash(route: AdviceRoute): string {
  const params = new URLSearchParams()
  if (route.personId) params.set('person', route.personId)
  if (route.summary) params.set('summary', '1')
  const query = params.toString()
  return `#/advice${query ? `?${query}` : ''}`
}

/** The advice page's person and view, kept in the location hash. */
export function useAdviceRoute(): [AdviceRoute, (route: AdviceRoute) => void] {
  const [route, setRoute] = useState(() => parseAdviceHash(window.location.hash))
  useEffect(() => {
    const onChange = (): void => setRoute(parseAdviceHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const go = useCallback((next: AdviceRoute) => {
    window.location.hash = adviceHash(next)
  }, [])
  return [route, go]
}
