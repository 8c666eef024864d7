import L from 'leaflet';
import type { CityCollection, CityFeature, CityRank } from '../data/types';
import type { Messages } from '../i18n/messages';
import { cityName } from '../i18n/placeNames';
import type { PlaceStatus } from '../timeline/placeStatusAt';
import { cityLabelDirection } from './cityLabelDirection';
import { cityRegions, cityRegionSymbol } from './cityRegionStyle';
import { cityRadiusByRank } from './cityStyle';
import { placeLabels, type Box, type LabelSide } from './placeLabels';
import { placeRadius } from './placeStyle';

export interface CityLabelLayerProps {
  /** Fixed at creation: the cities whose `label` is true get a label. */
  cities: CityCollection;
  messages: Messages;
  /** The scene's places: their circles are obstacles, their counts rank the labels. */
  places: ReadonlyMap<string, PlaceStatus>;
  pane?: string;
}

export const cityLabelDefaults = {
  /** Priority by rank: city-regions and the capital first, then regional centres, then towns; event counts add to it. */
  rankPriority: { capital: 3000, 'republican-city': 2000, 'regional-centre': 1000, town: 0 } satisfies Record<CityRank, number>,
  /** Air between a dot (or a place circle on it) and its label (px). */
  gap: 3,
} as const;

interface CityLabel {
  city: CityFeature;
  marker: L.Marker;
  text: HTMLSpanElement;
  width: number;
  height: number;
  /** The side it shows on, or null when hidden; the gap last applied (px). */
  side: LabelSide | null;
  gap: number;
}

interface CityLabelState {
  props: CityLabelLayerProps;
  labels: CityLabel[];
  map: L.Map | null;
  /** Map controls in container px, measured on zoom and resize only (not on every step). */
  controls: Box[];
}

const states = new WeakMap<L.LayerGroup, CityLabelState>();
const cityRegionCities: ReadonlySet<string> = new Set(Object.values(cityRegions));

/** Half the width of what is drawn at a city (px): its dot, the event circle on it, or a city-region's square around both. */
function markRadius(city: CityFeature, circle: number): number {
  const dot = cityRadiusByRank[city.properties.rank];
  if (!cityRegionCities.has(city.id)) return Math.max(dot, circle);
  const symbol = cityRegionSymbol('calm', false, circle);
  return symbol.side / 2 + symbol.edgeWidth;
}

/**
 * Permanent city names placed without collisions: on every zoom, pan, resize and step, a pure
 * greedy placement (placeLabels.ts) picks, by priority, which labels show and on which side,
 * clear of each other, of the data circles, of the map controls and of the map's edge. Labels are
 * measured once per language; a relayout reads no layout and touches only labels that changed.
 */
export function createCityLabelLayer(props: CityLabelLayerProps): L.LayerGroup {
  const group = L.layerGroup();
  const state: CityLabelState = { props, labels: [], map: null, controls: [] };
  states.set(group, state);
  for (const city of props.cities.features) {
    if (!city.properties.label) continue;
    const text = document.createElement('span');
    text.className = `qm-city-label qm-city-label--${city.properties.rank}`;
    text.textContent = cityName(city.properties, props.messages);
    const [lng, lat] = city.geometry.coordinates as [number, number];
    // Hidden until the first placement shows it (side null).
    const icon = L.divIcon({ html: text, className: 'qm-city-label-anchor qm-city-label-anchor--hidden', iconSize: [0, 0] });
    const marker = L.marker([lat, lng], { icon, interactive: false, keyboard: false, ...(props.pane ? { pane: props.pane } : {}) });
    state.labels.push({ city, marker, text, width: 0, height: 0, side: null, gap: -1 });
    group.addLayer(marker);
  }
  const relayoutOnView = () => {
    measureControls(state);
    relayout(state);
  };
  group.on('add', function layoutCityLabels() {
    state.map = (group as unknown as { _map: L.Map })._map;
    state.map.on('zoomend moveend resize qm-controls', relayoutOnView);
    measureLabels(state);
    relayoutOnView();
  });
  group.on('remove', function stopCityLabels() {
    state.map?.off('zoomend moveend resize qm-controls', relayoutOnView);
    state.map = null;
  });
  return group;
}

/** New names on a language change (measured again), a new placement when the places changed. */
export function updateCityLabelLayer(group: L.LayerGroup, props: CityLabelLayerProps, prev: CityLabelLayerProps): void {
  const state = states.get(group);
  if (!state) return;
  state.props = props;
  if (props.messages !== prev.messages) {
    for (const label of state.labels) label.text.textContent = cityName(label.city.properties, props.messages);
    measureLabels(state);
    relayout(state);
  } else if (props.places !== prev.places) relayout(state);
}

function measureLabels(state: CityLabelState): void {
  if (!state.map) return;
  for (const label of state.labels) {
    label.width = label.text.offsetWidth;
    label.height = label.text.offsetHeight;
  }
}

function measureControls(state: CityLabelState): void {
  if (!state.map) return;
  const container = state.map.getContainer();
  const origin = container.getBoundingClientRect();
  state.controls = [...container.querySelectorAll('.leaflet-control')].map((control) => {
    const rect = control.getBoundingClientRect();
    return { x0: rect.left - origin.left, y0: rect.top - origin.top, x1: rect.right - origin.left, y1: rect.bottom - origin.top };
  });
}

function relayout(state: CityLabelState): void {
  const { map, props } = state;
  if (!map) return;
  const size = map.getSize();
  const obstacles: Box[] = [...state.controls];
  const circleAt = new Map<string, number>();
  for (const status of props.places.values()) {
    const r = placeRadius(status.eventsSoFar);
    if (r <= 0) continue;
    const [lng, lat] = status.place.coordinates;
    const point = map.latLngToContainerPoint([lat, lng]);
    obstacles.push({ x0: point.x - r, y0: point.y - r, x1: point.x + r, y1: point.y + r });
    circleAt.set(status.place.id, r);
  }
  for (const city of props.cities.features) {
    const [lng, lat] = city.geometry.coordinates as [number, number];
    const point = map.latLngToContainerPoint([lat, lng]);
    const r = cityRadiusByRank[city.properties.rank] + 1;
    obstacles.push({ x0: point.x - r, y0: point.y - r, x1: point.x + r, y1: point.y + r });
  }
  const candidates = state.labels.map((label) => {
    const point = map.latLngToContainerPoint(label.marker.getLatLng());
    const { id, properties } = label.city;
    const radius = markRadius(label.city, circleAt.get(id) ?? 0);
    return {
      id,
      x: point.x,
      y: point.y,
      width: label.width,
      height: label.height,
      gap: radius + cityLabelDefaults.gap,
      priority: cityLabelDefaults.rankPriority[properties.rank] + (props.places.get(id)?.eventsSoFar ?? 0),
      prefer: [cityLabelDirection(id)],
    };
  });
  const shown = new Map(placeLabels(candidates, { width: size.x, height: size.y, obstacles }).map((placed) => [placed.id, placed.side]));
  for (const [index, label] of state.labels.entries()) {
    const side = shown.get(label.city.id) ?? null;
    const gap = (candidates[index] as { gap: number }).gap;
    apply(label, side, gap);
  }
}

/** Moves a label to its side (map.css positions it from the side class and the gap). */
function apply(label: CityLabel, side: LabelSide | null, gap: number): void {
  const element = label.marker.getElement();
  if (!element) return;
  if (gap !== label.gap) element.style.setProperty('--label-gap', `${gap}px`);
  label.gap = gap;
  if (side === label.side) return;
  if (label.side) element.classList.remove(`qm-city-label-anchor--${label.side}`);
  if (side) element.classList.add(`qm-city-label-anchor--${side}`);
  element.classList.toggle('qm-city-label-anchor--hidden', side === null);
  label.side = side;
}
