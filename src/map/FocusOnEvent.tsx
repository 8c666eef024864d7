import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { EventFeature } from '../data/eventTypes';

interface FocusOnEventProps {
  event: EventFeature | null;
  reducedMotion: boolean;
}

/** Share of the map's size kept as an inner margin: a point that close to the edge counts as off-screen. */
const edgeShare = 0.05;

/**
 * Keeps the selected event's point in view without moving the national frame: the map pans only
 * when the point is outside the visible map (or hugging its edge), and then just far enough to
 * bring it in. National events have no point, so the view stays.
 */
export function FocusOnEvent({ event, reducedMotion }: FocusOnEventProps) {
  const map = useMap();
  useEffect(
    function bringSelectedEventIntoView() {
      const coordinates = event?.geometry?.coordinates;
      if (!coordinates) return;
      const [lng, lat] = coordinates as [number, number];
      const size = map.getSize();
      const point = map.latLngToContainerPoint([lat, lng]);
      const marginX = size.x * edgeShare;
      const marginY = size.y * edgeShare;
      const dx = point.x < marginX ? point.x - marginX : point.x > size.x - marginX ? point.x - (size.x - marginX) : 0;
      const dy = point.y < marginY ? point.y - marginY : point.y > size.y - marginY ? point.y - (size.y - marginY) : 0;
      if (dx === 0 && dy === 0) return;
      map.panBy([dx, dy], { animate: !reducedMotion });
      // A one-off pan has nothing to undo.
    },
    [map, event, reducedMotion],
  );
  return null;
}
