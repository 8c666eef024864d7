import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead: the error's message, a reset that renders the children again, the error itself. */
  fallback: (message: string, reset: () => void, error: unknown) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps a failure from spreading: at App level the header and a retry stay when the map fails;
 * around a lazily loaded part (PartBoundary) the map stays when the part fails.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failure: { error: unknown } | null }> {
  state = { failure: null as { error: unknown } | null };

  static getDerivedStateFromError(error: unknown) {
    return { failure: { error } };
  }

  private readonly reset = () => this.setState({ failure: null });

  render() {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
    return this.props.fallback(message, this.reset, failure.error);
  }
}
