import { memo } from 'react';
import { hatchStyle } from '../map/hatchStyle';
import { levelColours } from '../map/regionStyle';
import { styleTokens } from '../map/styleTokens';
import { threatTokens } from '../map/threatStyle';
import { useMessages } from '../react/useMessages';
import { levels } from '../timeline/level';

const { colour } = styleTokens;

/**
 * The colour key in one line under the map, for one-column screens and the embed, where the full
 * legend sits far below or behind a button: the three levels and the emergency hatching, with the
 * map's own colours (regionStyle, hatchStyle), and the terrorism-threat border (threatStyle).
 * Full words, wrapping where a language needs it: short forms (ЧП, ТЖ) read as codes.
 */
export const MapKey = memo(function MapKey() {
  const messages = useMessages();
  return (
    <ul className="qm-map-key" aria-label={messages.mapKey.label} data-testid="map-key">
      {levels.map((level) => (
        <li key={level}>
          <span className="qm-swatch" style={{ background: levelColours[level] }} aria-hidden="true" />
          {messages.levels[level]}
        </li>
      ))}
      <li>
        <svg className="qm-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <rect width="16" height="16" fill={colour.paper} />
          <rect width="16" height="16" fill={`url(#${hatchStyle().id})`} />
        </svg>
        {messages.emergency}
      </li>
      <li>
        <svg className="qm-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <rect width="16" height="16" fill={styleTokens.level.calm} />
          <rect x="2.5" y="2.5" width="11" height="11" fill="none" stroke={colour.ink} strokeWidth="3.5" />
          <rect x="2.5" y="2.5" width="11" height="11" fill="none" stroke={threatTokens.colour.red} strokeWidth="2" />
        </svg>
        {messages.mapKey.threat}
      </li>
    </ul>
  );
});
