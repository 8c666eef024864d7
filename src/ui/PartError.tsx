import { useMessages } from '../react/useMessages';
import { useChunkFailure } from './useChunkFailure';

interface PartErrorProps {
  /** The part that failed, as a sentence's subject: "The download form". */
  part: string;
  error: unknown;
  onRetry: () => void;
  /** What the reader gets meanwhile, e.g. "Showing English meanwhile." */
  meanwhile?: string;
}

/**
 * Said in place of a part that could not be loaded (or next to what replaces it), naming the file,
 * with "Try again"; the rest of the map goes on. A stale deploy reloads the page once first.
 */
export function PartError({ part, error, onRetry, meanwhile }: PartErrorProps) {
  const messages = useMessages();
  const failure = useChunkFailure(error);
  if (failure === 'reloading') {
    return (
      <p className="qm-part-error" role="status" data-testid="part-error">
        {messages.parts.reloading}
      </p>
    );
  }
  return (
    <div className="qm-part-error" role="alert" data-testid="part-error">
      <p>
        {failure === 'gone' ? messages.parts.gone(part) : messages.parts.failed(part)}
        {meanwhile && ` ${meanwhile}`} <code>{error instanceof Error ? error.message : String(error)}</code>
      </p>
      <p>
        <button type="button" onClick={onRetry}>
          {messages.errors.retry}
        </button>
        {failure === 'gone' && (
          <button type="button" onClick={() => window.location.reload()}>
            {messages.parts.reload}
          </button>
        )}
      </p>
    </div>
  );
}
