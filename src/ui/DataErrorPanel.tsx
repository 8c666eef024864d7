interface DataErrorPanelProps {
  message: string;
}

/** Shown instead of the map when a data file cannot be loaded or fails validation. */
export function DataErrorPanel({ message }: DataErrorPanelProps) {
  return (
    <div className="qm-error" role="alert">
      <h2>The map could not be drawn</h2>
      <p>One of its data files could not be used:</p>
      <p>
        <code>{message}</code>
      </p>
      <p>Reload the page to try again. If it persists, please report it to the map's maintainers.</p>
    </div>
  );
}
