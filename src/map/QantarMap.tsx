import { useMemo } from 'react';
import { GeoJSON, MapContainer, Pane } from 'react-leaflet';
import type { Dataset } from '../data/loadDataset';
import type { EventFeature } from '../data/eventTypes';
import type { RegionId } from '../data/types';
import type { Messages } from '../i18n/messages';
import type { Place } from '../timeline/buildTimeline';
import { datasetBounds } from '../spatial/datasetBounds';
import type { SpreadArc } from '../spatial/spreadArcs';
import type { Timeline } from '../timeline/buildTimeline';
import type { InstantStatus } from '../ui/useInstant';
import { countryOutlineStyle, neighbourStyle, waterStyle } from './baseStyle';
import { CityLayer } from './CityLayer';
import { EmbedGestures } from './EmbedGestures';
import { ZoomTitles } from './ZoomTitles';
import { useAfterFirstPaint } from '../react/whenIdle';
import { EmergencyLayer } from './EmergencyLayer';
import { FocusWithoutScroll } from './FocusWithoutScroll';
import { FocusOnEvent } from './FocusOnEvent';
import { mapDefaults } from './mapDefaults';
import { PlaceLayer } from './PlaceLayer';
import { RegionLayer } from './RegionLayer';
import { TrailLayer } from './TrailLayer';

interface QantarMapProps {
  /** Embed mode: cooperative wheel and touch gestures. */
  embed: boolean;
  dataset: Dataset;
  timeline: Timeline;
  status: InstantStatus;
  t: number;
  arcs: readonly SpreadArc[] | null;
  selectedRegion: string | null;
  selectedPlace: string | null;
  selectedEvent: EventFeature | null;
  onSelectRegion: (id: RegionId) => void;
  onSelectPlace: (id: string) => void;
  reducedMotion: boolean;
  messages: Messages;
  /** A place's name in the reader's language. */
  placeName: (place: Place) => string;
  /** Whether the regions are on screen yet; `onMapDrawn` says when they are. */
  mapDrawn: boolean;
  onMapDrawn: () => void;
}

/**
 * The map with no tile server. Panes fix the drawing order: neighbours, the choropleth, emergency
 * hatching, the Caspian and lakes (the Aral and Balkhash lie inside region polygons), the country
 * outline, city dots and labels, the spread trail, then the event markers on top.
 */
export function QantarMap(props: QantarMapProps) {
  // Permanent labels each measure themselves (a forced layout apiece): added right after the first
  // paint, in a task of their own, so start-up has no single long task (Lighthouse TBT).
  const labelsReady = useAfterFirstPaint(props.mapDrawn);
  const { dataset, timeline, status, t, arcs, reducedMotion, messages } = props;
  const bounds = useMemo(() => datasetBounds(dataset.base.country), [dataset]);
  return (
    <MapContainer
      className="qm-map"
      bounds={bounds}
      boundsOptions={{ padding: mapDefaults.fitPadding }}
      maxBounds={mapDefaults.frame}
      maxBoundsViscosity={1}
      minZoom={mapDefaults.minZoom}
      maxZoom={mapDefaults.maxZoom}
      zoomSnap={mapDefaults.zoomSnap}
      zoomAnimation={!reducedMotion}
      fadeAnimation={!reducedMotion}
      markerZoomAnimation={!reducedMotion}
    >
      <Pane name="qm-context" style={{ zIndex: 350 }}>
        <GeoJSON data={dataset.base.neighbours} style={neighbourStyle} interactive={false} />
      </Pane>
      <RegionLayer
        regions={dataset.regions}
        statuses={status.regions}
        selected={props.selectedRegion}
        onSelect={props.onSelectRegion}
        messages={messages}
        onDrawn={props.onMapDrawn}
      />
      <EmergencyLayer regions={dataset.regions} statuses={status.regions} />
      <Pane name="qm-water" style={{ zIndex: 410, pointerEvents: 'none' }}>
        <GeoJSON data={dataset.base.water} style={waterStyle} interactive={false} />
        <GeoJSON data={dataset.base.lakes} style={waterStyle} interactive={false} />
        <GeoJSON data={dataset.base.country} style={countryOutlineStyle} interactive={false} />
      </Pane>
      <Pane name="qm-cities" style={{ zIndex: 440 }}>
        {labelsReady && <CityLayer cities={dataset.cities} messages={messages} pane="qm-cities" />}
      </Pane>
      <Pane name="qm-trail" style={{ zIndex: 445, pointerEvents: 'none' }} />
      {arcs && <TrailLayer arcs={arcs} t={t} pane="qm-trail" calendar={messages.calendar} />}
      <Pane name="qm-places" style={{ zIndex: 450 }} />
      <PlaceLayer
        places={timeline.places}
        t={t}
        statuses={status.places}
        selected={props.selectedPlace}
        onSelect={props.onSelectPlace}
        reducedMotion={reducedMotion}
        messages={messages}
        placeName={props.placeName}
        pane="qm-places"
      />
      <FocusOnEvent event={props.selectedEvent} reducedMotion={reducedMotion} />
      <FocusWithoutScroll />
      {props.embed && <EmbedGestures messages={messages} />}
      <ZoomTitles messages={messages} />
    </MapContainer>
  );
}
