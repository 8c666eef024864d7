import { useMessages } from '../react/useMessages';
import { useCallback } from 'react';
import type { EventFeature } from '../data/eventTypes';
import type { RegionCollection, RegionId } from '../data/types';
import { regionLabel } from '../i18n/placeNames';
import { placeStatusLines } from '../i18n/placeStatusLines';
import { regionFigureLines } from './regionFigureLines';
import { laterCountLines } from './laterCountLines';
import type { RegionLaterCount } from '../data/laterCountTypes';
import { regionStatusLines } from '../i18n/regionStatusLines';
import type { RegionFigures } from '../scene/regionFiguresAt';
import type { Place, Timeline } from '../timeline/buildTimeline';
import { EventList } from './EventList';
import { useDetailsFocus } from './useDetailsFocus';
import type { Scene } from '../scene/sceneAt';
import type { Focus } from '../view/viewReducer';

interface DetailsPanelProps {
  focus: NonNullable<Focus>;
  regions: RegionCollection;
  timeline: Timeline;
  status: Scene;
  selectedEvent: string | null;
  onSelectEvent: (event: EventFeature) => void;
  onClose: () => void;
  placeName: (place: Place) => string;
  /** For a region: the latest figures reported there at the instant (regionFiguresAt). */
  figures?: RegionFigures;
  /** For a region: the official counts published after the window, newest first (laterCountsOf). */
  laterCounts?: readonly RegionLaterCount[];
}

/** The selected region's or place's names, state at the instant, and its own history of events. */
export function DetailsPanel({ focus, regions, timeline, status, selectedEvent, onSelectEvent, onClose, placeName, figures, laterCounts }: DetailsPanelProps) {
  const messages = useMessages();
  const { heading, close, onKeyDown } = useDetailsFocus(focus, onClose);
  const region = focus.kind === 'region' ? regions.features.find((feature) => feature.id === focus.id) : undefined;
  const place = focus.kind === 'place' ? timeline.places.get(focus.id) : undefined;
  const filter = useCallback(
    (event: EventFeature) => {
      const p = event.properties;
      if (focus.kind === 'region') return p.region === focus.id || (p.regions?.includes(focus.id as RegionId) ?? false);
      return (p.city ?? '') === focus.id || (p.city === null && place !== undefined && p.locality === place.name);
    },
    [focus, place],
  );
  const title = region ? regionLabel(region.properties, messages) : (place ? placeName(place) : focus.id);
  const lines = region
    ? regionStatusLines(region.properties, status.regions.get(region.id), messages)
    : place
      ? placeStatusLines(status.places.get(place.id), messages)
      : [];
  const figureLines = region && figures ? regionFigureLines(figures, messages) : null;
  const laterLines = region && laterCounts ? laterCountLines(laterCounts, messages) : null;
  return (
    // On phones a bottom sheet (styles/a11y.css); Escape closes it as the button does.
    <section className="qm-details" aria-labelledby="qm-details-title" data-focus={focus.id} onKeyDown={onKeyDown}>
      <div className="qm-details__head">
        <h2 id="qm-details-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <button type="button" className="qm-link-button qm-details__close" onClick={close}>
          {messages.details.close}
        </button>
      </div>
      {region && region.properties.name_kk && (
        <p className="qm-muted" lang="kk">
          {region.properties.name_kk} · <span lang="ru">{region.properties.name_ru}</span>
        </p>
      )}
      <ul className="qm-details__facts">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {figureLines && (
        <>
          <h3>{messages.figures.heading}</h3>
          <ul className="qm-details__facts" data-testid="region-figures">
            {(figureLines.length ? figureLines : [messages.figures.none]).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {/* Apart from the figures known at the instant: these were published after the window. */}
      {laterLines && (
        <>
          <h3>{messages.laterCounts.heading}</h3>
          <p className="qm-muted qm-details__note">{messages.laterCounts.note}</p>
          <ul className="qm-details__facts" data-testid="later-counts">
            {(laterLines.length ? laterLines : [messages.laterCounts.none]).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{messages.details.history}</h3>
      <EventList
        timeline={timeline}
        t={timeline.window.end}
        scope="so-far"
        selected={selectedEvent}
        onScope={() => undefined}
        onSelect={onSelectEvent}
        filter={filter}
        variant="history"
      />
    </section>
  );
}
