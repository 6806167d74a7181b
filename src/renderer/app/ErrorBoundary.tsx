import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  children: ReactNode
  /** Where the error happened, for the message ("this page"). */
  scope: string
}

interface ErrorBoundaryState {
  error: Error | null
}

/**
 * Keeps one broken page from taking the whole app down. Data is in IndexedDB and is not lost
 * when a page fails to draw, and the message says so.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Page failed to render', error, info.componentStack)
  }

  private readonly retry = (): void => this.setState({ error: null })

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div role="alert" className="callout callout-error">
        <h2>Something went wrong on {this.props.scope}</h2>
        <p>
          Your saved information is safe: it is stored on this computer and was not changed. You can
          try again, or go to another page.
        </p>
        <button type="button" className="button" onClick={this.retry}>
          Try again
        </button>
        <details>
          <summary>Technical details</summary>
          <pre className="error-details">{error.message}</pre>
        </details>
      </div>
    )
  }
}
