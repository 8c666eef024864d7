import { useMemo } from 'react';
import { GeoJSON, MapContainer, Pane } from 'react-leaflet';
import type { EventFeature } from '../data/eventTypes';
import type { BaseMap, CityCollection, RegionCollection, RegionId } from '../data/types';
import { useMessages } from '../react/useMessages';
import { useAfterFirstPaint } from '../react/whenIdle';
import type { Scene } from '../scene/sceneAt';
import { datasetBounds } from '../spatial/datasetBounds';
import { countryOutlineStyle, neighbourStyle, waterStyle } from './baseStyle';
import { AttributionPrefix } from './AttributionPrefix';
import { CityLayer } from './CityLayer';
import { CityRegionLayer } from './CityRegionLayer';
import { CooperativeGestures } from './CooperativeGestures';
import { EmergencyLayer } from './EmergencyLayer';
import { ThreatLayer } from './ThreatLayer';
import { FitCountry } from './FitCountry';
import { FocusOnEvent } from './FocusOnEvent';
import { FocusWithoutScroll } from './FocusWithoutScroll';
import { dataAttribution, leafletCredit, mapDefaults } from './mapDefaults';
import { PlaceLayer } from './PlaceLayer';
import { RegionLayer } from './RegionLayer';
import { RovingFocus } from './RovingFocus';
import { TrailLayer } from './TrailLayer';
import { ZoomTitles } from './ZoomTitles';

export interface QantarMapProps {
  /** Embed mode: cooperative wheel and touch gestures always (the full page: when it scrolls). */
  embed: boolean;
  /** Fixed geometry: the layers are created from it once. */
  regions: RegionCollection;
  cities: CityCollection;
  base: BaseMap;
  /** What to draw at the instant: every layer below reads it and updates by diff. */
  scene: Scene;
  selectedRegion: string | null;
  selectedPlace: string | null;
  selectedEvent: EventFeature | null;
  onSelectRegion: (id: RegionId) => void;
  onSelectPlace: (id: string) => void;
  /** Escape on a map feature: clears the selection. */
  onClearSelection: () => void;
  reducedMotion: boolean;
  /** Place names in the reader's language, by place id. */
  placeNames: ReadonlyMap<string, string>;
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
  const messages = useMessages();
  // Permanent labels each measure themselves (a forced layout apiece): added right after the first
  // paint, in a task of their own, so start-up has no single long task (Lighthouse TBT).
  const labelsReady = useAfterFirstPaint(props.mapDrawn);
  const { scene, base, reducedMotion } = props;
  const bounds = useMemo(() => datasetBounds(base.country), [base]);
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
        <GeoJSON data={base.neighbours} style={neighbourStyle} interactive={false} />
      </Pane>
      <RegionLayer
        regions={props.regions}
        statuses={scene.regions}
        selected={props.selectedRegion}
        onSelect={props.onSelectRegion}
        messages={messages}
        onDrawn={props.onMapDrawn}
        attribution={dataAttribution}
      />
      <Pane name="qm-threat" style={{ zIndex: 404, pointerEvents: 'none' }}>
        <ThreatLayer regions={props.regions} statuses={scene.regions} pane="qm-threat" />
      </Pane>
      <Pane name="qm-emergency" style={{ zIndex: 405, pointerEvents: 'none' }}>
        <EmergencyLayer regions={props.regions} statuses={scene.regions} />
      </Pane>
      <Pane name="qm-water" style={{ zIndex: 410, pointerEvents: 'none' }}>
        <GeoJSON data={base.water} style={waterStyle} interactive={false} />
        <GeoJSON data={base.lakes} style={waterStyle} interactive={false} />
        <GeoJSON data={base.country} style={countryOutlineStyle} interactive={false} />
      </Pane>
      <CityRegionLayer cities={props.cities} regions={props.regions} messages={messages} statuses={scene.regions} places={scene.places} onSelect={props.onSelectRegion} />
      <Pane name="qm-cities" style={{ zIndex: 440 }}>
        {labelsReady && <CityLayer cities={props.cities} messages={messages} pane="qm-cities" places={scene.places} />}
      </Pane>
      <Pane name="qm-trail" style={{ zIndex: 445, pointerEvents: 'none' }}>
        {scene.trail && <TrailLayer reaches={scene.story.spread.reaches} t={scene.t} messages={messages} />}
      </Pane>
      <Pane name="qm-places" style={{ zIndex: 450 }}>
        <PlaceLayer
          statuses={scene.places}
          t={scene.t}
          selected={props.selectedPlace}
          onSelect={props.onSelectPlace}
          reducedMotion={reducedMotion}
          messages={messages}
          names={props.placeNames}
        />
      </Pane>
      <AttributionPrefix prefix={leafletCredit} />
      <FocusOnEvent event={props.selectedEvent} reducedMotion={reducedMotion} />
      <FocusWithoutScroll />
      <FitCountry bounds={bounds} reducedMotion={reducedMotion} messages={messages} />
      <CooperativeGestures messages={messages} when={props.embed ? 'always' : 'when-page-scrolls'} />
      <ZoomTitles messages={messages} />
      <RovingFocus messages={messages} onClear={props.onClearSelection} />
    </MapContainer>
  );
}
