import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Messages } from '../i18n/messages';
import type { Place } from '../timeline/buildTimeline';
import type { PlaceStatus } from '../timeline/placeStatusAt';
import { useLatest } from '../react/useLatest';
import { PlaceMarkers } from './placeMarkers';

interface PlaceLayerProps {
  places: ReadonlyMap<string, Place>;
  t: number;
  statuses: ReadonlyMap<string, PlaceStatus>;
  selected: string | null;
  onSelect: (id: string) => void;
  reducedMotion: boolean;
  messages: Messages;
  placeName: (place: Place) => string;
  pane: string;
}

/**
 * Proportional markers for every place with events. Created once per timeline (the type filter
 * rebuilds it); each step restyles only the markers that changed.
 */
export function PlaceLayer({ places, t, statuses, selected, onSelect, reducedMotion, messages, placeName, pane }: PlaceLayerProps) {
  const map = useMap();
  const context = useLatest({ statuses, onSelect, messages, placeName });
  const markers = useRef<PlaceMarkers | null>(null);

  useEffect(
    function createPlaceMarkers() {
      const created = new PlaceMarkers(map, places.values(), pane, context);
      markers.current = created;
      return function removePlaceMarkers() {
        created.remove();
        markers.current = null;
      };
    },
    [map, places, pane, context],
  );

  useEffect(
    function restyleChangedMarkers() {
      markers.current?.update(t, statuses, selected, reducedMotion, messages, placeName);
    },
    [t, statuses, selected, reducedMotion, messages, placeName, places],
  );

  return null;
}
