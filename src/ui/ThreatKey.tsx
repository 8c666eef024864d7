import { memo } from 'react';
import { threatLevels } from '../data/eventSchema';
import { styleTokens } from '../map/styleTokens';
import { threatTokens } from '../map/threatStyle';
import { useMessages } from '../react/useMessages';

const levelsDrawn = threatLevels.filter((level) => level !== 'none');

/**
 * The legend's key to the terrorism-threat outline: one swatch per level, drawn with the map's own
 * casing, colour and dash (threatStyle.ts), then what no outline means. A list, so a screen reader
 * reads it as the legend's other rows.
 */
export const ThreatKey = memo(function ThreatKey() {
  const messages = useMessages();
  return (
    <div className="qm-threat-key" data-testid="threat-key">
      <p className="qm-threat-key__title">
        <strong>{messages.threat.keyTitle}</strong>
      </p>
      <ul className="qm-legend__levels">
        {levelsDrawn.map((level) => (
          <li key={level}>
            <svg className="qm-swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect width="16" height="16" fill={styleTokens.level.calm} />
              <rect x="2.5" y="2.5" width="11" height="11" fill="none" stroke={styleTokens.colour.ink} strokeWidth="3.5" />
              <rect
                x="2.5"
                y="2.5"
                width="11"
                height="11"
                fill="none"
                stroke={threatTokens.colour[level]}
                strokeWidth="2"
                strokeDasharray={level === 'orange' ? '4 2' : level === 'yellow' ? '1.5 2' : undefined}
              />
            </svg>
            <span>{messages.threat.levels[level]}</span>
          </li>
        ))}
      </ul>
      <p className="qm-muted">{messages.threat.keyNone}</p>
    </div>
  );
});
