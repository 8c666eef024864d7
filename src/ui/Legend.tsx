import { useMessages } from '../react/useMessages';
import { memo } from 'react';
import { hatchStyle } from '../map/hatchStyle';
import { levelColours } from '../map/regionStyle';
import { markerColours, placeRadius } from '../map/placeStyle';
import { styleTokens } from '../map/styleTokens';
import { levels } from '../timeline/level';
import { modes, type Mode } from '../timeline/trackStatusAt';
import { ThreatKey } from './ThreatKey';

interface LegendProps {
  mode: Mode;
  trail: boolean;
  onMode: (mode: Mode) => void;
  onTrail: () => void;
}

const sampleCounts = [1, 10, 30];
const { colour } = styleTokens;
/** The map's emergency dash (styleTokens.emergencyDash), shrunk for a 16 px swatch (px on, px off). */
const swatchDash = '3 2';

/** Colours, the emergency hatching, marker sizes, and the two switches that change what they mean. */
export const Legend = memo(function Legend({ mode, trail, onMode, onTrail }: LegendProps) {
  const messages = useMessages();
  return (
    <section className="qm-legend" aria-labelledby="qm-legend-title">
      <h2 id="qm-legend-title">{messages.legendTitle}</h2>
      <fieldset className="qm-segmented">
        <legend className="qm-visually-hidden">{messages.legendTitle}</legend>
        {modes.map((m) => (
          <label key={m} title={messages.modeHelp[m]}>
            <input type="radio" name="qm-mode" value={m} checked={mode === m} onChange={() => onMode(m)} />
            <span>{messages.modes[m]}</span>
          </label>
        ))}
      </fieldset>
      <p className="qm-legend__help">{messages.modeHelp[mode]}</p>
      <ul className="qm-legend__levels">
        {levels.map((level) => (
          <li key={level}>
            <span className="qm-swatch" style={{ background: levelColours[level] }} aria-hidden="true" />
            <span>
              <strong>{messages.levels[level]}</strong> <span className="qm-muted">{messages.levelDescriptions[level]}</span>
            </span>
          </li>
        ))}
        <li>
          <svg className="qm-swatch" viewBox="0 0 16 16" aria-hidden="true">
            <rect width="16" height="16" fill={colour.paper} />
            <rect width="16" height="16" fill={`url(#${hatchStyle().id})`} stroke={colour.ink} strokeDasharray={swatchDash} />
          </svg>
          <strong>{messages.emergency}</strong>
        </li>
      </ul>
      <ThreatKey />
      <div className="qm-legend__sizes">
        <svg viewBox="0 0 150 52" aria-hidden="true" focusable="false">
          {sampleCounts.map((count, index) => {
            const r = placeRadius(count);
            const cx = 10 + index * 42 + r;
            return (
              <g key={count}>
                <circle cx={cx} cy={48 - r} r={r} fill={markerColours.protest} fillOpacity={styleTokens.opacity.place} stroke={colour.paper} strokeWidth="1.5" />
                <text x={cx + r + 2} y={48} fontSize="10">
                  {count}
                </text>
              </g>
            );
          })}
        </svg>
        <span className="qm-muted">{messages.markerSizeNote}</span>
      </div>
      <label className="qm-check">
        <input type="checkbox" checked={trail} onChange={onTrail} />
        <span>{messages.showTrail}</span>
      </label>
    </section>
  );
});
