import { NO_SOURCE_FOR_PERSON } from '../../../core/b12'
import type { Citation } from '../../../core/b12/sources'
import { ExternalLink } from '../../components/ExternalLink'

/**
 * The sources a statement rests on: organisation, title, section and address. When none of a
 * statement's sources covers this person (NICE NG239 for a child, §6a.7), it says so.
 */
export function SourceList({ sources }: { sources: readonly Citation[] }) {
  if (sources.length === 0) return <p className="source-list">{NO_SOURCE_FOR_PERSON}</p>
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
