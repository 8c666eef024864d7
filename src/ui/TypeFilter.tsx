import { useMessages } from '../react/useMessages';
import { memo } from 'react';
import { eventTypes, type EventType } from '../data/eventTypes';

interface TypeFilterProps {
  selected: readonly EventType[] | null;
  counts: ReadonlyMap<EventType, number>;
  onToggle: (type: EventType) => void;
  onAll: () => void;
}

/** Event-type checkboxes; the filter applies to the map, the list, the histogram and the metrics. */
export const TypeFilter = memo(function TypeFilter({ selected, counts, onToggle, onAll }: TypeFilterProps) {
  const messages = useMessages();
  return (
    <fieldset className="qm-filter">
      <legend>{messages.filters.title}</legend>
      <ul>
        {eventTypes.map((type) => (
          <li key={type}>
            <label className="qm-check">
              <input type="checkbox" name="types" value={type} checked={selected === null || selected.includes(type)} onChange={() => onToggle(type)} />
              <span>
                {messages.types[type]} <span className="qm-muted">({counts.get(type) ?? 0})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {selected !== null && (
        <button type="button" className="qm-link-button" onClick={onAll}>
          {messages.filters.all}
        </button>
      )}
    </fieldset>
  );
});
