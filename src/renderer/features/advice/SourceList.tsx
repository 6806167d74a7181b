import type { Citation } from '../../../core/b12/sources'
import { ExternalLink } from '../../components/ExternalLink'

/** The sources a statement rests on: organisation, title, section and address. */
export function SourceList({ sources }: { sources: readonly Citation[] }) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <li key={`${source.tag}-${source.section}`}>
          <cite>
            {source.organisation}, {source.title}
          </cite>
          , section “{source.section}”.
          {source.url ? (
            <>
              {' '}
              <span className="source-url">
                <ExternalLink href={source.url}>{source.url}</ExternalLink>
              </span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
