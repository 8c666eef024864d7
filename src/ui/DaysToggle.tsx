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
      <span className="qm-button__short" aria-hidden="true">
        {toDays ? d.openShort : d.mapShort}
      </span>
    </button>
  );
}
