import { memo } from 'react';
import { hatchStyle } from '../map/hatchStyle';
import { levelColours } from '../map/regionStyle';
import { styleTokens } from '../map/styleTokens';
import { useMessages } from '../react/useMessages';
import { levels } from '../timeline/level';

const { colour } = styleTokens;

/**
 * The colour key in one row (calm, protests, violence, state of emergency), for a place right next
 * to the map where the full legend does not fit: phones and the embed. Short words, wrapping only
 * if a language needs it at 320 px. The full meanings stay in Legend.tsx.
 */
export const CompactKey = memo(function CompactKey() {
  const messages = useMessages();
  return (
    <ul className="qm-key" aria-label={messages.compactKey.label}>
      {levels.map((level) => (
        <li key={level} className="qm-key__item">
          <span className="qm-key__swatch" style={{ background: levelColours[level] }} aria-hidden="true" />
          {messages.compactKey.levels[level] === messages.levels[level] ? (
            messages.levels[level]
          ) : (
            <abbr title={messages.levels[level]}>{messages.compactKey.levels[level]}</abbr>
          )}
        </li>
      ))}
      <li className="qm-key__item">
        <svg className="qm-key__swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <rect width="12" height="12" fill={colour.paper} />
          <rect width="12" height="12" fill={`url(#${hatchStyle().id})`} stroke={colour.ink} strokeDasharray="3 2" />
        </svg>
        <abbr title={messages.emergency}>{messages.compactKey.emergency}</abbr>
      </li>
    </ul>
  );
});
