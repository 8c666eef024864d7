import L from 'leaflet';
import type { Messages } from '../i18n/messages';
import type { Place } from '../timeline/buildTimeline';
import { dayMs } from '../timeline/instant';
import type { PlaceStatus } from '../timeline/placeStatusAt';
import { placeStyle } from './placeStyle';
import { placeTooltipElement } from './placeTooltip';

export interface PlaceMarkerContext {
  statuses: ReadonlyMap<string, PlaceStatus>;
  onSelect: (id: string) => void;
  messages: Messages;
  /** The place's name in the reader's language. */
  placeName: (place: Place) => string;
}

interface Marker {
  place: Place;
  circle: L.CircleMarker;
  /** What was last applied, so unchanged markers are skipped. */
  applied: string;
  eventsSoFar: number;
}

/**
 * The imperative side of PlaceLayer: one Leaflet circle per place, created once, restyled only
 * when its level, count or selection changes. `context` is read when a handler fires.
 */
export class PlaceMarkers {
  private readonly group = L.layerGroup();
  private readonly markers: Marker[] = [];
  private previousT: number | null = null;

  constructor(map: L.Map, places: Iterable<Place>, pane: string, context: { readonly current: PlaceMarkerContext }) {
    for (const place of places) {
      const [lng, lat] = place.coordinates;
      const circle = L.circleMarker([lat, lng], { pane, ...placeStyle('calm', 0) });
      circle.bindTooltip(() => placeTooltipElement(context.current.placeName(place), context.current.statuses.get(place.id), context.current.messages), {
        className: 'qm-place-tooltip',
        direction: 'top',
        offset: [0, -6],
      });
      circle.on('click', () => context.current.onSelect(place.id));
      circle.on('add', () => makeFocusable(circle, place, context.current.placeName(place), () => context.current.onSelect(place.id)));
      this.markers.push({ place, circle, applied: '', eventsSoFar: 0 });
      this.group.addLayer(circle);
    }
    this.group.addTo(map);
  }

  update(
    t: number,
    statuses: ReadonlyMap<string, PlaceStatus>,
    selected: string | null,
    reducedMotion: boolean,
    messages: Messages,
    placeName: (place: Place) => string,
  ): void {
    // Pulse only when time moved forward a little (playing or stepping), never on a jump.
    const previous = this.previousT;
    const movedForward = previous !== null && t > previous && t - previous <= dayMs;
    this.previousT = t;
    for (const marker of this.markers) {
      const status = statuses.get(marker.place.id);
      if (!status) continue;
      const count = status.eventsSoFar;
      const isSelected = marker.place.id === selected;
      const key = `${status.level}|${count}|${isSelected}|${messages.calendar.lang}`;
      if (key !== marker.applied) {
        const style = placeStyle(status.level, count, isSelected);
        marker.circle.setStyle(style);
        marker.circle.setRadius(style.radius ?? 0);
        marker.applied = key;
        marker.circle.getElement()?.setAttribute('aria-label', `${placeName(marker.place)}: ${messages.levels[status.level]}, ${messages.number(count)}`);
        if (count > marker.eventsSoFar && movedForward && !reducedMotion) pulse(marker.circle);
      }
      marker.eventsSoFar = count;
    }
  }

  remove(): void {
    this.group.remove();
  }
}

function makeFocusable(circle: L.CircleMarker, place: Place, name: string, select: () => void): void {
  const element = circle.getElement();
  if (!element) return;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  element.setAttribute('data-place', place.id);
  element.addEventListener('focus', () => circle.openTooltip());
  element.addEventListener('blur', () => circle.closeTooltip());
  element.addEventListener('keydown', (event) => {
    const { key } = event as KeyboardEvent;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      select();
    }
  });
}

/**
 * A short CSS ring animation on the marker's own element (app.css); the caller skips it under
 * reduced motion. Alternating two keyframe names restarts it: no forced layout to reset it, which
 * cost a reflow per marker per step once thousands of events were entering (bench, 10k events).
 */
function pulse(circle: L.CircleMarker): void {
  const element = circle.getElement();
  if (!element) return;
  const again = element.classList.contains('qm-pulse--a');
  element.classList.add('qm-pulse', again ? 'qm-pulse--b' : 'qm-pulse--a');
  element.classList.remove(again ? 'qm-pulse--a' : 'qm-pulse--b');
}
