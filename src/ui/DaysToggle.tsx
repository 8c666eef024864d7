import { useEffect } from 'react';
import { loadChunk } from '../data/loadChunk';
import { useMessages } from '../react/useMessages';
import { whenIdle } from '../react/whenIdle';
import type { Display } from '../view/parseLink';

interface DaysToggleProps {
  display: Display;
  onDisplay: (display: Display) => void;
}

/**
 * The header's switch between the map and the day-by-day view (`view=days`): one button, named
 * after where it goes ("Day by day" on the map, "Map" on the days), so it adds a single tab stop.
 */
export function DaysToggle({ display, onDisplay }: DaysToggleProps) {
  const d = useMessages().days;
  const toDays = display === 'map';
  // Fetched when the page is idle, so the days open at once and offline (a failure here is no error: DaysPart retries).
  useEffect(() => whenIdle(() => void loadChunk('DaysView.js', () => import('./DaysView')).catch(() => undefined)), []);
  return (
    <button type="button" className="qm-button qm-days-toggle" aria-label={toDays ? d.open : d.map} onClick={() => onDisplay(toDays ? 'days' : 'map')} data-testid="days-toggle">
      <span className="qm-button__long">{toDays ? d.open : d.map}</span>
      {/* Phones: an icon (the name stays the full label), so the toolbar keeps its one row. */}
      <svg className="qm-button__short qm-days-toggle__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        {toDays ? (
          [2, 11].flatMap((x) => [2, 11].map((y) => <rect key={`${x}-${y}`} x={x} y={y} width="7" height="7" rx="1" />))
        ) : (
          <path d="M2 5 7 3l6 2 5-2v12l-5 2-6-2-5 2zM7 3v12M13 5v12" />
        )}
      </svg>
    </button>
  );
}
