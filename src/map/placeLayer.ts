import L from 'leaflet';
import type { Messages } from '../i18n/messages';
import type { Place } from '../timeline/buildTimeline';
import { dayMs } from '../timeline/instant';
import type { Level } from '../timeline/level';
import type { PlaceStatus } from '../timeline/placeStatusAt';
import { makeFocusable } from './focusableLayer';
import { makeTooltipHoverable } from './hoverableTooltip';
import { pickPlace, type PlaceHit } from './pickPlace';
import type { RovingHandle } from './rovingFocus';
import { placeRingStyle, placeStyle } from './placeStyle';
import { placeTooltipElement } from './placeTooltip';

export interface PlaceLayerProps {
  /** The scene's place statuses (every place of the active type filter, keyed by place id). */
  statuses: ReadonlyMap<string, PlaceStatus>;
  t: number;
  selected: string | null;
  onSelect: (id: string) => void;
  reducedMotion: boolean;
  messages: Messages;
  /** Place names in the reader's language, by place id (a new map when the language changes). */
  names: ReadonlyMap<string, string>;
  pane?: string;
}

interface PlaceMarker {
  id: string;
  circle: L.CircleMarker;
  /** The ink ring of the double selection ring, drawn outside the halo; hidden unless selected. */
  ring: L.CircleMarker;
  /** What was last applied, so unchanged markers are skipped. */
  level: Level;
  count: number;
  selected: boolean;
  /** Its place in the map's keyboard order: skipped while it has no events (radius 0). */
  roving: RovingHandle | null;
}

interface PlaceLayerState {
  props: PlaceLayerProps;
  markers: Map<string, PlaceMarker>;
}

const states = new WeakMap<L.LayerGroup, PlaceLayerState>();

/**
 * Proportional markers for every place with events, one Leaflet circle each, created once. A new
 * type filter adds or removes the markers of places that appear or vanish; the rest are kept.
 */
export function createPlaceLayer(props: PlaceLayerProps): L.LayerGroup {
  const group = L.layerGroup();
  const state: PlaceLayerState = { props, markers: new Map() };
  states.set(group, state);
  for (const status of props.statuses.values()) addMarker(group, state, status.place);
  restyle(state, props, null);
  return group;
}

/**
 * Applies new props by diff: a marker is restyled only when its level, count or selection
 * changed, and labelled again only when the language changed. An unchanged step touches nothing.
 */
export function updatePlaceLayer(group: L.LayerGroup, props: PlaceLayerProps, prev: PlaceLayerProps): void {
  const state = states.get(group);
  if (!state) return;
  state.props = props;
  if (props.statuses !== prev.statuses) {
    for (const [id, marker] of state.markers) {
      if (!props.statuses.has(id)) {
        group.removeLayer(marker.circle);
        group.removeLayer(marker.ring);
        state.markers.delete(id);
      }
    }
    for (const [id, status] of props.statuses) if (!state.markers.has(id)) addMarker(group, state, status.place);
  }
  if (props.statuses !== prev.statuses || props.selected !== prev.selected) restyle(state, props, prev);
  if (props.names !== prev.names || props.messages !== prev.messages) {
    for (const marker of state.markers.values()) label(marker, props);
  }
}

function addMarker(group: L.LayerGroup, state: PlaceLayerState, place: Place): void {
  const [lng, lat] = place.coordinates;
  const pane = state.props.pane ? { pane: state.props.pane } : {};
  const circle = L.circleMarker([lat, lng], { ...pane, ...placeStyle('calm', 0) });
  const ring = L.circleMarker([lat, lng], { ...pane, ...placeRingStyle(0, false), interactive: false });
  const marker: PlaceMarker = { id: place.id, circle, ring, level: 'calm', count: 0, selected: false, roving: null };
  const name = () => state.props.names.get(place.id) ?? place.name;
  const select = () => state.props.onSelect(place.id);
  circle.bindTooltip(() => placeTooltipElement(name(), state.props.statuses.get(place.id), state.props.messages), {
    className: 'qm-tooltip qm-place-tooltip',
    direction: 'top',
  });
  makeTooltipHoverable(circle, () => circle.getRadius() + 4);
  // A click means the marker whose centre is nearest, not the one drawn on top (pickPlace.ts).
  circle.on('click', function selectNearestPlace(event: L.LeafletMouseEvent) {
    // Leaflet reports a small marker's own centre as `containerPoint`; the pointer is what counts.
    const map = (circle as unknown as { _map?: L.Map })._map;
    const point = map ? map.mouseEventToContainerPoint(event.originalEvent) : event.containerPoint;
    const picked = pickPlace(point.x, point.y, hitsOf(map, state));
    if (picked && picked !== place.id) state.props.onSelect(picked);
    else select();
  });
  circle.on('add', function makePlaceFocusable() {
    const enabled = (state.props.statuses.get(place.id)?.eventsSoFar ?? 0) > 0;
    marker.roving = makeFocusable(circle, { 'data-place': place.id }, () => circle.openTooltip(), select, { id: `place:${place.id}`, anchor: circle.getLatLng(), enabled });
    label(marker, state.props);
    circle.getElement()?.classList.toggle('qm-place--selected', marker.selected);
    circle.getElement()?.classList.toggle('qm-place--empty', marker.count === 0);
  });
  state.markers.set(place.id, marker);
  group.addLayer(ring);
  group.addLayer(circle);
}

/** The drawn markers in `map`'s container pixels. */
function* hitsOf(map: L.Map | undefined, state: PlaceLayerState): Generator<PlaceHit> {
  if (!map) return;
  for (const marker of state.markers.values()) {
    const radius = marker.count > 0 ? marker.circle.getRadius() : 0;
    if (radius <= 0) continue;
    const point = map.latLngToContainerPoint(marker.circle.getLatLng());
    yield { id: marker.id, x: point.x, y: point.y, r: radius + (marker.circle.options.weight ?? 0) / 2 };
  }
}

function restyle(state: PlaceLayerState, props: PlaceLayerProps, prev: PlaceLayerProps | null): void {
  // Pulse only when time moved forward a little (playing or stepping), never on a jump.
  const movedForward = prev !== null && props.t > prev.t && props.t - prev.t <= dayMs;
  for (const marker of state.markers.values()) {
    const status = props.statuses.get(marker.id);
    if (!status) continue;
    const unchangedEntry = prev !== null && status === prev.statuses.get(marker.id);
    if (unchangedEntry && marker.id !== props.selected && marker.id !== prev.selected) continue;
    const selected = marker.id === props.selected;
    const count = status.eventsSoFar;
    if (status.level === marker.level && count === marker.count && selected === marker.selected) continue;
    const style = placeStyle(status.level, count, selected);
    marker.circle.setStyle(style);
    marker.circle.setRadius(style.radius ?? 0);
    // Leaflet applies `className` only when it creates the path, so the selection class is set here.
    marker.circle.getElement()?.classList.toggle('qm-place--selected', selected);
    // A place with nothing yet is not drawn, so it must not catch the pointer either (map.css).
    marker.circle.getElement()?.classList.toggle('qm-place--empty', count === 0);
    if (selected || marker.selected) {
      const ring = placeRingStyle(style.radius ?? 0, selected);
      marker.ring.setStyle(ring);
      marker.ring.setRadius(ring.radius ?? 0);
    }
    if (count > marker.count && movedForward && !props.reducedMotion) pulse(marker.circle);
    marker.level = status.level;
    marker.count = count;
    marker.selected = selected;
    marker.roving?.setEnabled(count > 0);
    label(marker, props);
  }
}

/** The marker's accessible name: place, level and count, in the reader's language. */
function label(marker: PlaceMarker, props: PlaceLayerProps): void {
  const name = props.names.get(marker.id) ?? props.statuses.get(marker.id)?.place.name ?? marker.id;
  marker.circle.getElement()?.setAttribute('aria-label', `${name}: ${props.messages.levels[marker.level]}, ${props.messages.number(marker.count)}`);
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
