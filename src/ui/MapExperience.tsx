import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../data/loadDataset';
import { eventTypes, type EventFeature, type EventType } from '../data/eventTypes';
import type { RegionId } from '../data/types';
import { useMessages } from '../i18n/useMessages';
import { QantarMap } from '../map/QantarMap';
import { spreadArcs } from '../spatial/spreadArcs';
import { slugify, type Place } from '../timeline/buildTimeline';
import { cityName } from '../i18n/placeNames';
import { useEventTextsContext } from './useEventTexts';
import { dayHistogram } from '../timeline/dayHistogram';
import { toInstant } from '../timeline/instant';
import { parseTimeParam } from '../timeline/parseTimeParam';
import type { Mode } from '../timeline/trackStatusAt';
import type { InboundMessage } from '../embed/protocol';
import { useEmbedBridge } from '../embed/useEmbedBridge';
import { EventDetailsContext, useEventDetails } from './useEventDetails';
import { useAfterFirstPaint } from './whenIdle';
import { ShareDialog } from './ShareDialog';
import { DownloadsDialog } from './DownloadsDialog';
import { headlineText } from './Headline';
import { useVisibilityPlayback } from './useVisibilityPause';
import { internetCutIn, keyMomentsIn } from '../timeline/keyMoments';
import { AboutDialog } from './AboutDialog';
import { DetailsPanel } from './DetailsPanel';
import { EventList } from './EventList';
import { Headline } from './Headline';
import { Legend } from './Legend';
import { LiveAnnouncer } from './LiveAnnouncer';
import { NoticeBar } from './NoticeBar';
import { RegionTable } from './RegionTable';
import { sliderValueText } from './sliderText';
import { TimeSlider } from './TimeSlider';
import { TypeFilter } from './TypeFilter';
import { useFilteredTimeline, useInstantStatus } from './useInstant';
import { usePlayback } from './usePlayback';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { useUrlSync } from './useUrlSync';
import { useViewState, type InitialView } from './useViewState';

interface MapExperienceProps {
  dataset: Dataset;
  initial: InitialView;
}

/** Composes the map, the slider and the reading panel around the one view state. */
export function MapExperience({ dataset, initial }: MapExperienceProps) {
  const messages = useMessages();
  const reducedMotion = usePrefersReducedMotion();
  const [view, dispatch] = useViewState(initial);
  const [notices, setNotices] = useState(initial.notices);
  useUrlSync(view);

  const { timeline, spread, origin } = useFilteredTimeline(dataset, view.types);
  const status = useInstantStatus(timeline, spread, view.t, view.mode);
  const bins = useMemo(() => dayHistogram(timeline.starts, view.span), [timeline, view.span]);
  const moments = useMemo(() => keyMomentsIn(dataset.events), [dataset]);
  const internetCut = useMemo(() => internetCutIn(dataset.events), [dataset]);
  const arcs = useMemo(() => (view.trail ? spreadArcs(origin, spread.reaches) : null), [view.trail, origin, spread]);
  const typeCounts = useMemo(() => {
    const counts = new Map<EventType, number>();
    for (const event of dataset.events) counts.set(event.properties.type, (counts.get(event.properties.type) ?? 0) + 1);
    return counts;
  }, [dataset]);
  const selectedEvent = useMemo(() => dataset.events.find((event) => event.id === view.event) ?? null, [dataset, view.event]);

  const step = useCallback(() => dispatch({ type: 'step', hours: 1 }), [dispatch]);
  const pause = useCallback(() => dispatch({ type: 'pause' }), [dispatch]);
  usePlayback(view.playing, view.speed, step, pause);

  const selectEvent = useCallback(
    (event: EventFeature) => {
      const p = event.properties;
      const focus = p.scope === 'local' ? { kind: 'place' as const, id: p.city ?? slugify(p.locality) } : undefined;
      dispatch({ type: 'select-event', event: event.id, t: toInstant(p.start), focus });
    },
    [dispatch],
  );
  const { embed, id, origin: hostOrigin, autoplay } = initial.options;
  const [moreOpen, setMoreOpen] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const play = useCallback(() => dispatch({ type: 'play' }), [dispatch]);
  useVisibilityPlayback(frame, embed, autoplay, reducedMotion, play, pause);

  const onCommand = useCallback(
    (message: InboundMessage): boolean => {
      switch (message.type) {
        case 'set-time': {
          const parsed = parseTimeParam(message.t, view.span);
          if (parsed.ok) dispatch({ type: 'set-time', t: parsed.t });
          return parsed.ok;
        }
        case 'play':
          dispatch({ type: 'play' });
          return true;
        case 'pause':
          dispatch({ type: 'pause' });
          return true;
        case 'set-mode':
          dispatch({ type: 'set-mode', mode: message.mode });
          return true;
        case 'set-types':
          dispatch({ type: 'set-types', types: message.types });
          return true;
        case 'select-event': {
          if (message.event === null) {
            dispatch({ type: 'select-event', event: null });
            return true;
          }
          const event = dataset.events.find((candidate) => candidate.id === message.event);
          if (event) selectEvent(event);
          return Boolean(event);
        }
        default:
          return false;
      }
    },
    [dispatch, view.span, dataset, selectEvent],
  );
  useEmbedBridge({ enabled: embed, id, origin: hostOrigin, view, regions: status.regions, onCommand });

  const selectRegion = useCallback((id: RegionId) => dispatch({ type: 'focus', focus: { kind: 'region', id } }), [dispatch]);
  const selectPlace = useCallback((id: string) => dispatch({ type: 'focus', focus: { kind: 'place', id } }), [dispatch]);

  // The first view ends when the regions are drawn; only then do details, panel and labels follow.
  const [mapDrawn, setMapDrawn] = useState(false);
  const onMapDrawn = useCallback(() => setMapDrawn(true), []);
  const eventDetails = useEventDetails(dataset.events, mapDrawn);
  const panelReady = useAfterFirstPaint(mapDrawn);
  const texts = useEventTextsContext();
  // Place names in the reader's language: cities from cities.geojson, other places (an airport,
  // an oil field) from their events' translated locality.
  const placeNames = useMemo(() => {
    const names = new Map<string, string>(dataset.cities.features.map((city) => [String(city.id), cityName(city.properties, messages)]));
    for (const event of dataset.events) {
      const p = event.properties;
      const locality = texts?.get(event.id)?.locality;
      if (p.scope === 'local' && p.city === null && locality && !names.has(slugify(p.locality))) names.set(slugify(p.locality), locality);
    }
    return names;
  }, [dataset, texts, messages]);
  const placeName = useCallback((place: Place) => placeNames.get(place.id) ?? place.name, [placeNames]);
  // The map, headline and table follow the slider in the same frame; the list (the costliest part
  // to render when several events enter at once) follows in a transition React may interrupt.
  const listT = useDeferredValue(view.t);
  // Stable handlers, so the memoised panels skip the re-render of every slider step.
  const setMode = useCallback((mode: Mode) => dispatch({ type: 'set-mode', mode }), [dispatch]);
  const toggleTrail = useCallback(() => dispatch({ type: 'toggle-trail' }), [dispatch]);
  const toggleType = useCallback((eventType: EventType) => dispatch({ type: 'toggle-type', eventType, all: eventTypes }), [dispatch]);
  const allTypes = useCallback(() => dispatch({ type: 'set-types', types: null }), [dispatch]);
  const setListScope = useCallback((scope: 'so-far' | 'day') => dispatch({ type: 'set-list-scope', scope }), [dispatch]);

  return (
    <EventDetailsContext value={eventDetails}>
    <div className={embed ? 'qm-experience qm-experience--embed' : 'qm-experience'}>
      <div className="qm-stage">
        <Headline t={view.t} storyStart={view.span.start} status={status} placeName={placeName} messages={messages} />
        <NoticeBar notices={notices} onDismiss={() => setNotices([])} messages={messages} />
        <div className="qm-map-frame" ref={frame}>
          <QantarMap
            embed={embed}
            dataset={dataset}
            timeline={timeline}
            status={status}
            t={view.t}
            arcs={arcs}
            selectedRegion={view.focus?.kind === 'region' ? view.focus.id : null}
            selectedPlace={view.focus?.kind === 'place' ? view.focus.id : null}
            selectedEvent={selectedEvent}
            onSelectRegion={selectRegion}
            onSelectPlace={selectPlace}
            reducedMotion={reducedMotion}
            messages={messages}
            placeName={placeName}
            mapDrawn={mapDrawn}
            onMapDrawn={onMapDrawn}
          />
        </div>
        <TimeSlider
          t={view.t}
          span={view.span}
          valueText={sliderValueText(view.t, view.span.start, status.spread.regionsWithProtests, messages)}
          bins={bins}
          moments={moments}
          internetCut={internetCut}
          playing={view.playing}
          speed={view.speed}
          onTime={(t) => dispatch({ type: 'set-time', t })}
          onStep={(hours) => dispatch({ type: 'step', hours })}
          onPlay={() => dispatch({ type: 'play' })}
          onPause={pause}
          onSpeed={(speed) => dispatch({ type: 'set-speed', speed })}
          messages={messages}
        />
        <LiveAnnouncer timeline={timeline} t={view.t} playing={view.playing} messages={messages} />
      </div>
      {embed && (
        <div className="qm-embed__bar">
          <button type="button" className="qm-link-button" aria-expanded={moreOpen} aria-controls="qm-panel" onClick={() => setMoreOpen(!moreOpen)}>
            {moreOpen ? messages.embed.less : messages.embed.more}
          </button>
          <a href={fullMapUrl()} target="_blank" rel="noopener noreferrer">
            {messages.embed.openFull} ↗
          </a>
        </div>
      )}
      <aside id="qm-panel" className="qm-panel" aria-label={messages.events.title} hidden={embed && !moreOpen}>
        {/* Built in a second step after the map is on screen: two shorter tasks instead of one long one. */}
        {panelReady && (
          <>
          {view.focus && (
            <DetailsPanel
              focus={view.focus}
              regions={dataset.regions}
              timeline={timeline}
              status={status}
              selectedEvent={view.event}
              onSelectEvent={selectEvent}
              onClose={() => dispatch({ type: 'focus', focus: null })}
              placeName={placeName}
              messages={messages}
            />
          )}
          <Legend mode={view.mode} trail={view.trail} onMode={setMode} onTrail={toggleTrail} messages={messages} />
          <TypeFilter selected={view.types} counts={typeCounts} onToggle={toggleType} onAll={allTypes} messages={messages} />
          <RegionTable
            regions={dataset.regions}
            statuses={status.regions}
            t={view.t}
            storyStart={view.span.start}
            mode={view.mode}
            visible={view.tableVisible}
            onToggle={() => dispatch({ type: 'toggle-table' })}
            messages={messages}
          />
          {/* In an embed the panel starts closed: its list is built when the reader opens it. */}
          {(!embed || moreOpen) && (
            <EventList
              timeline={timeline}
              t={listT}
              scope={view.listScope}
              selected={view.event}
              onScope={setListScope}
              onSelect={selectEvent}
              messages={messages}
            />
          )}
          <AboutDialog messages={messages} />
          {!embed && <ShareDialog view={view} storyStart={view.span.start} messages={messages} />}
          <DownloadsDialog
            dataset={dataset}
            filtered={timeline.events}
            status={status}
            t={view.t}
            storyStart={view.span.start}
            headline={headlineText(status, placeName, messages)}
            messages={messages}
          />
          </>
        )}
      </aside>
    </div>
    </EventDetailsContext>
  );
}

/** The full page for the view an embed shows: same parameters without the embed-only ones. */
function fullMapUrl(): string {
  const params = new URLSearchParams(window.location.search);
  for (const name of ['embed', 'origin', 'id', 'autoplay']) params.delete(name);
  return `${window.location.pathname}?${params.toString()}`;
}
