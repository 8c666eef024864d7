import L from 'leaflet';
import type { Messages } from '../i18n/messages';
import { formatAlmatyShortDate } from '../i18n/formatTime';
import type { PlaceReach } from '../spatial/spreadIndex';
import { spreadDayColour, spreadDays, type SpreadDay } from './spreadDays';
import { spreadDotStyle } from './trailStyle';

export interface TrailLayerProps {
  /** The spread index's places in the order protests reached them (a new type filter gives new ones). */
  reaches: readonly PlaceReach[];
  t: number;
  /** The key's words and dates in the reader's language. */
  messages: Messages;
}

interface SpreadDot {
  reach: PlaceReach;
  dot: L.CircleMarker;
  shown: boolean;
}

interface TrailState {
  /** The instant last shown. */
  t: number;
  dots: SpreadDot[];
  days: SpreadDay[];
  key: SpreadKey;
}

const states = new WeakMap<L.LayerGroup, TrailState>();

/** Above the event circles (450), so every dot shows; it takes no pointer events (clicks reach the places). */
const spreadPane = { name: 'qm-spread', zIndex: '455' } as const;

function ensureSpreadPane(map: L.Map): void {
  if (map.getPane(spreadPane.name)) return;
  const pane = map.createPane(spreadPane.name);
  pane.style.zIndex = spreadPane.zIndex;
  pane.style.pointerEvents = 'none';
}

/**
 * The spread view: every place protests reached gets a dot coloured by the Almaty day they reached
 * it (a sequential palette, spreadDays.ts), from that instant on, and a small key of those days
 * sits on the map. No lines and no text on the map itself, so nothing can overlap a city name and
 * nothing suggests each protest travelled from Zhanaozen. Created once; a step shows only the dots
 * whose place was reached or un-reached, and marks the key's days that have begun.
 */
export function createTrailLayer(props: TrailLayerProps): L.LayerGroup {
  const group = L.layerGroup();
  const state = build(props);
  states.set(group, state);
  group.on('add', function addSpreadKey() {
    const map = (group as unknown as { _map: L.Map })._map;
    ensureSpreadPane(map);
    showUpTo(group, state, state.t);
    state.key.control.addTo(map);
    // The city labels keep clear of map controls (cityLabelLayer.ts).
    map.fire('qm-controls');
  });
  group.on('remove', function removeSpreadKey() {
    const map = (state.key.control as unknown as { _map?: L.Map })._map;
    state.key.control.remove();
    map?.fire('qm-controls');
  });
  return group;
}

export function updateTrailLayer(group: L.LayerGroup, props: TrailLayerProps, prev: TrailLayerProps): void {
  const state = states.get(group);
  if (!state) return;
  if (props.reaches !== prev.reaches) {
    for (const entry of state.dots) if (entry.shown) group.removeLayer(entry.dot);
    const next = build(props);
    state.dots = next.dots;
    state.days = next.days;
    fillKey(state.key, next.days, props);
  } else if (props.messages !== prev.messages) fillKey(state.key, state.days, props);
  state.t = props.t;
  showUpTo(group, state, props.t);
  markKeyDays(state.key, props.t);
}

function build(props: TrailLayerProps): TrailState {
  // Always the spread pane, whatever <Pane> the component sits in: the dots must be over the circles.
  const paneOption = { pane: spreadPane.name };
  const days = spreadDays(props.reaches);
  const dots = props.reaches.map((reach) => {
    const [lng, lat] = reach.place.coordinates;
    const dot = L.circleMarker([lat, lng], { ...paneOption, ...spreadDotStyle(spreadDayColour(days, reach.t)), interactive: false });
    return { reach, dot, shown: false };
  });
  const key = makeKey();
  fillKey(key, days, props);
  markKeyDays(key, props.t);
  return { t: props.t, dots, days, key };
}

function showUpTo(group: L.LayerGroup, state: TrailState, t: number): void {
  for (const entry of state.dots) {
    const visible = entry.reach.t <= t;
    if (visible === entry.shown) continue;
    if (visible) group.addLayer(entry.dot);
    else group.removeLayer(entry.dot);
    entry.shown = visible;
  }
}

/** The key: a title and one swatch per day, in a Leaflet control at the map's bottom left. */
interface SpreadKey {
  control: L.Control;
  element: HTMLElement;
  items: { day: number; item: HTMLElement }[];
}

function makeKey(): SpreadKey {
  const element = L.DomUtil.create('div', 'qm-spread-key');
  element.setAttribute('data-testid', 'spread-key');
  const control = new L.Control({ position: 'bottomleft' });
  control.onAdd = () => element;
  return { control, element, items: [] };
}

function fillKey(key: SpreadKey, days: readonly SpreadDay[], { messages }: TrailLayerProps): void {
  key.element.replaceChildren();
  const title = document.createElement('p');
  title.className = 'qm-spread-key__title';
  title.textContent = messages.spreadKeyTitle;
  const list = document.createElement('ol');
  list.className = 'qm-spread-key__days';
  key.items = days.map(({ day, colour, places }) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'qm-spread-key__swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style.background = colour;
    const label = document.createElement('span');
    label.textContent = formatAlmatyShortDate(day, messages.calendar);
    item.title = messages.spreadKeyPlaces(places);
    item.append(swatch, label);
    list.append(item);
    return { day, item };
  });
  key.element.append(title, list);
}

/** Days that have not begun at t are shown faded, so the key also says how far the story has got. */
function markKeyDays(key: SpreadKey, t: number): void {
  for (const { day, item } of key.items) item.classList.toggle('qm-spread-key__day--later', day > t);
}
