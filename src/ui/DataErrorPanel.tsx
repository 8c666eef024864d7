import { useMessages } from '../react/useMessages';

interface DataErrorPanelProps {
  message: string;
  onRetry: () => void;
}

/** Shown instead of the map when a data file cannot be loaded or fails validation, or the map fails. */
export function DataErrorPanel({ message, onRetry }: DataErrorPanelProps) {
  const messages = useMessages();
  return (
    <div className="qm-error" role="alert">
      <h2>{messages.errors.title}</h2>
      <p>{messages.errors.intro}</p>
      <p>
        <code>{message}</code>
      </p>
      <button type="button" onClick={onRetry}>
        {messages.errors.retry}
      </button>
      <p className="qm-muted">{messages.errors.persist}</p>
    </div>
  );
}
