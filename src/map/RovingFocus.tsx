import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Messages } from '../i18n/messages';
import { rovingKeysId, setRovingClear } from './rovingFocus';

/**
 * The map's keyboard help: every feature points at it (aria-describedby), and it shows over the
 * map while a feature has the keyboard focus (styles/a11y.css). Escape on a feature calls `onClear`.
 */
export function RovingFocus({ messages, onClear }: { messages: Messages; onClear: () => void }) {
  const map = useMap();
  useEffect(
    function clearOnEscape() {
      setRovingClear(map, onClear);
    },
    [map, onClear],
  );
  return (
    <p id={rovingKeysId} className="qm-map-keys">
      {messages.a11y.mapKeys}
    </p>
  );
}
