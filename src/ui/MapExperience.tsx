import { useCallback, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../data/loadDataset';
import { commandToAction } from '../embed/commandToAction';
import type { InboundMessage } from '../embed/protocol';
import { useEmbedBridge } from '../embed/useEmbedBridge';
import type { Language } from '../i18n/language';
import { useMessages } from '../react/useMessages';
import { useAfterFirstPaint } from '../react/whenIdle';
import type { StoryIndex } from '../scene/buildStoryIndex';
import type { Place } from '../timeline/buildTimeline';
import { buildPaceIndex, playbackStep } from '../timeline/playbackPace';
import type { PageOptions, UrlNotice } from '../view/parseLink';
import type { View } from '../view/viewReducer';
import { DaysPart } from './DaysPart';
import { EmbedBar } from './EmbedBar';
import { HeaderActions } from './HeaderActions';
import { MapStage } from './MapStage';
import { ReadingPanel } from './ReadingPanel';
import { EventDetailsContext, useEventDetails } from './useEventDetails';
import { useLinkWriter } from './useLinkWriter';
import { usePlaceNames } from './usePlaceNames';
import { usePlayback } from './usePlayback';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import { useReaderActions } from './useReaderActions';
import { useScene } from './useScene';
import { useViewReducer } from './useViewReducer';
import { useVisibilityPlayback } from './useVisibilityPlayback';

interface MapExperienceProps {
  dataset: Dataset;
  index: StoryIndex;
  page: PageOptions;
  initial: View;
  notices: readonly UrlNotice[];
  /** The language to write into the link: null until a link or the reader chose one. */
  linkLang: Language | null;
}

/**
 * Owns the view and composes the rest around it: view → scene (src/scene) → the stage (headline,
 * map, slider) and the reading panel; the link and the embed bridge mirror the view outward.
 */
export function MapExperience({ dataset, index, page, initial, notices: initialNotices, linkLang }: MapExperienceProps) {
  const messages = useMessages();
  const reducedMotion = usePrefersReducedMotion();
  const [view, dispatch] = useViewReducer(initial, index.window);
  const actions = useReaderActions(dispatch);
  const scene = useScene(index, view);
  const [notices, setNotices] = useState(initialNotices);
  // MULTIPLES: the map or one small map per day (`view=days`); opening a day shows the map at its end.
  const [display, setDisplay] = useState(page.display);
  const openDay = useCallback(
    (t: number) => {
      actions.setTime(t);
      setDisplay('map');
      focusSliderSoon();
    },
    [actions],
  );
  const showDisplay = useCallback(
    (next: typeof display) => {
      if (next === 'days') actions.pause(); // nothing plays on the days: a moving instant would be unseen
      setDisplay(next);
    },
    [actions],
  );
  useLinkWriter(view, linkLang, display);
  // Playback pace (STORY): slower over the dense days, a pause at each key moment.
  const pace = useMemo(() => buildPaceIndex(index.all.timeline.starts, index.window, index.keyMoments.map((moment) => moment.t)), [index]);
  const nextStep = useCallback((t: number) => playbackStep(pace, t, view.speed, reducedMotion), [pace, view.speed, reducedMotion]);
  usePlayback(view.playing, view.t, nextStep, actions.step, actions.pause);

  const frame = useRef<HTMLDivElement>(null);
  useVisibilityPlayback(frame, page.embed, page.autoplay, reducedMotion, view.playing, actions.play, actions.pause);
  const onCommand = useCallback(
    (message: InboundMessage) => {
      const action = commandToAction(message, index);
      if (action) dispatch(action);
      return action !== null;
    },
    [index, dispatch],
  );
  useEmbedBridge({ enabled: page.embed, id: page.id, hostOrigin: page.origin, pymChildId: page.pymChildId, view, regions: scene.regions, onCommand });

  // The first view ends when the regions are drawn; only then do details, panel and labels follow.
  const [mapDrawn, setMapDrawn] = useState(false);
  const onMapDrawn = useCallback(() => setMapDrawn(true), []);
  const eventDetails = useEventDetails(dataset.events, mapDrawn);
  const panelReady = useAfterFirstPaint(mapDrawn);

  const placeNames = usePlaceNames(index);
  const placeName = useCallback((place: Place) => placeNames.get(place.id) ?? place.name, [placeNames]);
  const selectedEvent = useMemo(() => (view.event === null ? null : (index.eventsById.get(view.event) ?? null)), [index, view.event]);
  const [panelOpen, setPanelOpen] = useState(false);
  const dismissNotices = useCallback(() => setNotices([]), []);

  return (
    <EventDetailsContext value={eventDetails}>
      <div className={`qm-experience${page.embed ? ' qm-experience--embed' : ''}${display === 'days' ? ' qm-experience--days' : ''}`}>
        {display === 'days' ? (
          <DaysPart dataset={dataset} index={index} view={view} placeName={placeName} embed={page.embed} notices={notices} onDismissNotices={dismissNotices} onOpenDay={openDay} />
        ) : (
          <MapStage
            embed={page.embed}
            dataset={dataset}
            index={index}
            view={view}
            scene={scene}
            actions={actions}
            notices={notices}
            onDismissNotices={dismissNotices}
            selectedEvent={selectedEvent}
            placeNames={placeNames}
            placeName={placeName}
            reducedMotion={reducedMotion}
            mapDrawn={mapDrawn}
            onMapDrawn={onMapDrawn}
            frame={frame}
          />
        )}
        {!page.embed && <HeaderActions dataset={dataset} index={index} view={view} scene={scene} storyStart={index.window.start} placeName={placeName} display={display} onDisplay={showDisplay} />}
        {page.embed && <EmbedBar panelOpen={panelOpen} onTogglePanel={() => setPanelOpen(!panelOpen)} view={view} lang={linkLang} />}
        <aside id="qm-panel" className="qm-panel" aria-label={messages.events.title} hidden={display === 'days' || (page.embed && !panelOpen)}>
          {/* Built in a second step after the map is on screen: two shorter tasks instead of one long one. */}
          {panelReady && (
            <ReadingPanel
              embed={page.embed}
              open={!page.embed || panelOpen}
              dataset={dataset}
              index={index}
              view={view}
              scene={scene}
              actions={actions}
              placeName={placeName}
            />
          )}
        </aside>
      </div>
    </EventDetailsContext>
  );
}

/** After a day opened the map: the keyboard lands on the slider, at that day, with the page at its top. */
function focusSliderSoon(): void {
  window.setTimeout(() => {
    window.scrollTo({ top: 0 });
    document.querySelector<HTMLElement>('.qm-slider__input')?.focus({ preventScroll: true });
  }, 0);
}
