import { useMessages } from '../react/useMessages';
import type { RegionCollection, RegionId } from '../data/types';
import { formatAlmatyInstant } from '../i18n/formatTime';
import { regionFigureLines } from './regionFigureLines';
import { regionLabel } from '../i18n/placeNames';
import type { RegionFigures } from '../scene/regionFiguresAt';
import type { RegionLaterCount } from '../data/laterCountTypes';
import { laterCountLines } from './laterCountLines';
import type { Instant } from '../timeline/instant';
import type { RegionStatus } from '../timeline/regionStatusAt';
import type { Mode } from '../timeline/trackStatusAt';

interface RegionTableProps {
  regions: RegionCollection;
  statuses: ReadonlyMap<RegionId, RegionStatus>;
  t: number;
  storyStart: number;
  mode: Mode;
  visible: boolean;
  onToggle: () => void;
  /** The latest figures reported in a region at t (regionFiguresAt); the column is left out without it. */
  figuresOf?: (region: RegionId) => RegionFigures;
  /** The newest official count per figure published after the window; the column is left out without it. */
  laterCountsOf?: (region: RegionId) => readonly RegionLaterCount[];
}

/**
 * The map as a table (CONTRACT.md): one row per region with data-region, data-status,
 * data-emergency and data-threat. Always in the accessibility tree; shown on screen with the toggle.
 */
export function RegionTable({ regions, statuses, t, storyStart, mode, visible, onToggle, figuresOf, laterCountsOf }: RegionTableProps) {
  const messages = useMessages();
  return (
    <section className="qm-table-section">
      <button type="button" className="qm-link-button" aria-expanded={visible} aria-controls="qm-region-table" onClick={onToggle}>
        {visible ? messages.table.hide : messages.table.show}
      </button>
      {/* Hidden, the table sits in a hidden div: a <table> ignores width: 1px and widened the page.
          Shown, six columns outgrow a side panel: the table scrolls sideways in its own box (threat.css). */}
      <div className={visible ? 'qm-table-wrap' : 'qm-table-wrap qm-visually-hidden'}>
      {/* Shown, the box scrolls sideways: focusable, so a keyboard can scroll it (WCAG 2.1.1). */}
      <div className="qm-table-scroll" {...(visible ? { tabIndex: 0, role: 'region', 'aria-labelledby': 'qm-region-table-caption' } : {})}>
        <table id="qm-region-table" className="qm-table" data-testid="region-table">
          <caption id="qm-region-table-caption">{messages.table.caption(formatAlmatyInstant(t as Instant, storyStart, messages.calendar), messages.modes[mode])}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.table.region}</th>
              <th scope="col">{messages.table.status}</th>
              <th scope="col">{messages.table.emergency}</th>
              <th scope="col">{messages.threat.column}</th>
              <th scope="col">{messages.table.events}</th>
              {figuresOf && <th scope="col">{messages.figures.column}</th>}
              {laterCountsOf && <th scope="col">{messages.laterCounts.column}</th>}
            </tr>
          </thead>
          <tbody>
            {regions.features.map((region) => {
              const status = statuses.get(region.id);
              const level = status?.level ?? 'calm';
              const emergency = status?.emergency ?? false;
              const threat = status?.threat ?? 'none';
              const figures = figuresOf ? regionFigureLines(figuresOf(region.id), messages) : [];
              const later = laterCountsOf ? laterCountLines(laterCountsOf(region.id), messages) : [];
              return (
                <tr key={region.id} data-region={region.id} data-status={level} data-emergency={String(emergency)} data-threat={threat}>
                  <th scope="row">{regionLabel(region.properties, messages)}</th>
                  <td>{messages.levels[level]}</td>
                  <td>{emergency ? messages.table.yes : messages.table.no}</td>
                  <td>{messages.threat.levels[threat]}</td>
                  <td>{status?.eventsSoFar ?? 0}</td>
                  {figuresOf && (
                    <td data-figures className="qm-table__figures">
                      {figures.length ? figures.map((line) => <div key={line}>{line}</div>) : <span className="qm-muted">{messages.figures.none}</span>}
                    </td>
                  )}
                  {laterCountsOf && (
                    <td data-later-counts className="qm-table__figures">
                      {later.length ? later.map((line) => <div key={line}>{line}</div>) : <span className="qm-muted">{messages.laterCounts.none}</span>}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      </div>
    </section>
  );
}
