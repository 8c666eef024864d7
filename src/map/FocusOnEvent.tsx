import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { EventFeature } from '../data/eventTypes';

interface FocusOnEventProps {
  event: EventFeature | null;
  reducedMotion: boolean;
}

/** Pans to the selected event's point (national events have none, so the view stays). */
export function FocusOnEvent({ event, reducedMotion }: FocusOnEventProps) {
  const map = useMap();
  useEffect(
    function panToSelectedEvent() {
      const coordinates = event?.geometry?.coordinates;
      if (!coordinates) return;
      const [lng, lat] = coordinates as [number, number];
      map.panTo([lat, lng], { animate: !reducedMotion });
      // A one-off pan has nothing to undo.
    },
    [map, event, reducedMotion],
  );
  return null;
}
