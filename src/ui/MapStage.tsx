import { useMemo, type RefObject } from 'react';
import type { Dataset } from '../data/loadDataset';
import type { EventFeature } from '../data/eventTypes';
import { useMessages } from '../react/useMessages';
import { QantarMap } from '../map/QantarMap';
import type { StoryIndex } from '../scene/buildStoryIndex';
import type { Scene } from '../scene/sceneAt';
import type { Place } from '../timeline/buildTimeline';
import type { UrlNotice } from '../view/parseLink';
import type { View } from '../view/viewReducer';
import { cityRegionNames, headlineParts } from '../i18n/headlineParts';
import { Headline } from './Headline';
import { LiveAnnouncer } from './LiveAnnouncer';
import { MapKey } from './MapKey';
import { NoticeBar } from './NoticeBar';
import { sliderValueText } from './sliderText';
import { TimeSlider } from './TimeSlider';
import type { ReaderActions } from './useReaderActions';

interface MapStageProps {
  embed: boolean;
  dataset: Dataset;
  index: StoryIndex;
  view: View;
  scene: Scene;
  actions: ReaderActions;
  notices: readonly UrlNotice[];
  onDismissNotices: () => void;
  selectedEvent: EventFeature | null;
  placeNames: ReadonlyMap<string, string>;
  placeName: (place: Place) => string;
  reducedMotion: boolean;
  mapDrawn: boolean;
  onMapDrawn: () => void;
  /** The map's frame, watched by the embed's visibility pause. */
  frame: RefObject<HTMLDivElement | null>;
}

/** What follows the slider in the same frame: the headline, the map and its colour key, the slider, the live region. */
export function MapStage({ frame, ...props }: MapStageProps) {
  const messages = useMessages();
  const { index, view, scene, actions } = props;
  const regions = props.dataset.regions;
  const cityRegions = useMemo(() => cityRegionNames(regions, messages), [regions, messages]);
  return (
    <div className="qm-stage">
      <Headline
        t={scene.t}
        storyStart={index.window.start}
        storyEnd={index.window.end}
        status={scene}
        placeName={props.placeName}
        cityRegions={cityRegions}
        playing={view.playing}
        onPlay={actions.play}
        onPause={actions.pause}
      />
      <NoticeBar notices={props.notices} onDismiss={props.onDismissNotices} />
      <div className="qm-map-frame" ref={frame}>
        <QantarMap
          embed={props.embed}
          regions={props.dataset.regions}
          cities={props.dataset.cities}
          base={props.dataset.base}
          scene={scene}
          selectedRegion={view.focus?.kind === 'region' ? view.focus.id : null}
          selectedPlace={view.focus?.kind === 'place' ? view.focus.id : null}
          selectedEvent={props.selectedEvent}
          onSelectRegion={actions.selectRegion}
          onSelectPlace={actions.selectPlace}
          onClearSelection={actions.closeFocus}
          reducedMotion={props.reducedMotion}
          placeNames={props.placeNames}
          mapDrawn={props.mapDrawn}
          onMapDrawn={props.onMapDrawn}
        />
      </div>
      <MapKey />
      <TimeSlider
        t={scene.t}
        span={index.window}
        valueText={sliderValueText(scene.t, index.window.start, headlineParts(scene, props.placeName, messages, cityRegions).regions, messages)}
        bins={scene.story.histogram}
        moments={index.keyMoments}
        internetCut={index.internetCut}
        speed={view.speed}
        onTime={actions.setTime}
        onStep={actions.step}
        onSpeed={actions.setSpeed}
      />
      <LiveAnnouncer beat={scene.beat} t={scene.t} playing={view.playing} placeName={props.placeName} />
    </div>
  );
}
