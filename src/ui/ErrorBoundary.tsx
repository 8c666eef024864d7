import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  fallback: (message: string, reset: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps a failure inside the map from blanking the page: the header and a retry stay. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { message: string | null }> {
  state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  private readonly reset = () => this.setState({ message: null });

  render() {
    return this.state.message === null ? this.props.children : this.props.fallback(this.state.message, this.reset);
  }
}
