import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { PartError } from './PartError';

interface PartBoundaryProps {
  /** The part inside, as a sentence's subject: "The download form". */
  part: string;
  /** Called on "Try again" before the part renders anew: a rejected React.lazy must be replaced. */
  onRetry?: () => void;
  /** Shown around the message in place of the part (a dialog keeps its heading and its Close). */
  frame?: (message: ReactNode) => ReactNode;
  children: ReactNode;
}

/**
 * The boundary around one lazily loaded part: if it fails to load or to render, only this part
 * says so (with the file and "Try again"); the map, slider and table above it go on.
 */
export function PartBoundary({ part, onRetry, frame = (message) => message, children }: PartBoundaryProps) {
  return (
    <ErrorBoundary
      fallback={(_message, reset, error) =>
        frame(
          <PartError
            part={part}
            error={error}
            onRetry={() => {
              onRetry?.();
              reset();
            }}
          />,
        )
      }
    >
      {children}
    </ErrorBoundary>
  );
}
