import type L from 'leaflet';
import { geographicOrder, nearestItem, neighbourInDirection, type RovingDirection, type RovingItem } from './rovingOrder';

/**
 * The map as one tab stop (a roving tabindex over its regions and places): exactly one feature
 * element has tabindex 0, arrow keys move it in a compass direction (rovingOrder.ts), Home/End go
 * to the westernmost/easternmost feature, + and − zoom, Escape clears the selection. Features with
 * nothing yet at the instant are skipped, and the tab stop stays inside the visible map.
 */

export interface RovingEntry {
  id: string;
  element: SVGElement;
  anchor: L.LatLng;
  enabled: boolean;
}

/** What a feature layer holds on to: switch the feature in or out, or leave the group. */
export interface RovingHandle {
  setEnabled: (enabled: boolean) => void;
  leave: () => void;
}

interface RovingGroup {
  entries: Map<string, RovingEntry>;
  current: string | null;
  /** Escape on a feature: clears the selection (set by the RovingFocus component). */
  onClear: () => void;
  refreshQueued: boolean;
  /** The map was removed: a refresh queued before that has nothing left to measure. */
  removed: boolean;
}

const groups = new WeakMap<L.Map, RovingGroup>();

const directions: Record<string, RovingDirection> = { ArrowRight: 'east', ArrowLeft: 'west', ArrowUp: 'north', ArrowDown: 'south' };

/** The id of the element's description of these keys (RovingFocus.tsx renders it). */
export const rovingKeysId = 'qm-map-keys';

function groupOf(map: L.Map): RovingGroup {
  let group = groups.get(map);
  if (group) return group;
  group = { entries: new Map(), current: null, onClear: () => undefined, refreshQueued: false, removed: false };
  groups.set(map, group);
  const container = map.getContainer();
  // Leaflet makes its container a tab stop for keyboard panning; the features take that role.
  container.tabIndex = -1;
  for (const button of container.querySelectorAll<HTMLElement>('.leaflet-control-zoom a')) button.tabIndex = -1;
  untabOthers(container);
  const observer = new MutationObserver(() => untabOthers(container));
  observer.observe(container, { childList: true, subtree: true });
  const own = group;
  map.once('unload', function stopRoving() {
    own.removed = true;
    observer.disconnect();
  });
  map.on('moveend', function keepTabStopInView() {
    keepInView(map, own);
  });
  return group;
}

/**
 * Chromium makes any SVG element with a focus listener a tab stop (Leaflet's tooltips add one, so
 * every reference-city dot was one): out of the tab order unless the roving group placed it.
 */
function untabOthers(container: HTMLElement): void {
  for (const element of container.querySelectorAll('.leaflet-interactive:not([tabindex])')) element.setAttribute('tabindex', '-1');
}

/** Sets what Escape does on the map's features. */
export function setRovingClear(map: L.Map, onClear: () => void): void {
  groupOf(map).onClear = onClear;
}

/** Adds a feature's element to the map's roving group; its keydown and focus are handled here. */
export function joinRoving(map: L.Map, entry: RovingEntry): RovingHandle {
  const group = groupOf(map);
  group.entries.set(entry.id, entry);
  entry.element.setAttribute('tabindex', '-1');
  entry.element.setAttribute('aria-describedby', rovingKeysId);
  hideWhenDisabled(entry);
  const onFocus = () => setTabStop(group, entry.id);
  const onKey = (event: Event) => handleKey(map, group, entry, event as KeyboardEvent);
  entry.element.addEventListener('focus', onFocus);
  entry.element.addEventListener('keydown', onKey);
  queueRefresh(map, group);
  return {
    setEnabled(enabled) {
      if (entry.enabled === enabled) return;
      entry.enabled = enabled;
      hideWhenDisabled(entry);
      queueRefresh(map, group);
    },
    leave() {
      entry.element.removeEventListener('focus', onFocus);
      entry.element.removeEventListener('keydown', onKey);
      if (group.entries.get(entry.id) === entry) group.entries.delete(entry.id);
      queueRefresh(map, group);
    },
  };
}

/** A place with nothing yet is drawn at radius 0: out of reach for the keyboard and screen readers. */
function hideWhenDisabled(entry: RovingEntry): void {
  if (entry.enabled) entry.element.removeAttribute('aria-hidden');
  else entry.element.setAttribute('aria-hidden', 'true');
}

/** Joins and switches come in bursts (a layer adds 26 markers): settle the tab stop once after them. */
function queueRefresh(map: L.Map, group: RovingGroup): void {
  if (group.refreshQueued) return;
  group.refreshQueued = true;
  queueMicrotask(() => {
    group.refreshQueued = false;
    refresh(map, group);
  });
}

function refresh(map: L.Map, group: RovingGroup): void {
  if (group.removed) return;
  const current = group.current === null ? undefined : group.entries.get(group.current);
  if (current?.enabled) {
    setTabStop(group, current.id);
    return;
  }
  const candidates = items(map, group, true);
  const pool = candidates.length > 0 ? candidates : items(map, group, false);
  const next = current ? nearestItem(pool, current.anchor) : (geographicOrder(pool)[0] ?? null);
  const hadFocus = current !== undefined && document.activeElement === current.element;
  if (next) moveTo(map, group, next, hadFocus);
}

function setTabStop(group: RovingGroup, id: string): void {
  if (group.current !== null && group.current !== id) group.entries.get(group.current)?.element.setAttribute('tabindex', '-1');
  group.current = id;
  group.entries.get(id)?.element.setAttribute('tabindex', '0');
}

/** The enabled features as rovingOrder items, only those whose anchor is on screen when `visible`. */
function items(map: L.Map, group: RovingGroup, visible: boolean): RovingItem[] {
  const bounds = map.getBounds();
  const out: RovingItem[] = [];
  for (const entry of group.entries.values()) {
    if (!entry.enabled || (visible && !bounds.contains(entry.anchor))) continue;
    out.push({ id: entry.id, lng: entry.anchor.lng, lat: entry.anchor.lat });
  }
  return out;
}

function moveTo(map: L.Map, group: RovingGroup, id: string, focus: boolean): void {
  const entry = group.entries.get(id);
  if (!entry) return;
  setTabStop(group, id);
  if (!map.getBounds().contains(entry.anchor)) map.panTo(entry.anchor, { animate: false });
  // preventScroll: inside an iframe a plain focus() can scroll the host page (FocusWithoutScroll.tsx).
  if (focus) entry.element.focus({ preventScroll: true });
}

/** After a zoom or pan, a tab stop that left the view moves to the nearest feature still in it. */
function keepInView(map: L.Map, group: RovingGroup): void {
  const current = group.current === null ? undefined : group.entries.get(group.current);
  if (!current || map.getBounds().contains(current.anchor)) return;
  const next = nearestItem(items(map, group, true), current.anchor);
  if (next) moveTo(map, group, next, document.activeElement === current.element);
}

function handleKey(map: L.Map, group: RovingGroup, entry: RovingEntry, event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const direction = directions[event.key];
  let target: string | null = null;
  if (direction) {
    // On screen first; only when nothing on screen lies that way, a feature beyond the edge (panned to).
    target =
      neighbourInDirection(withSelf(items(map, group, true), entry), entry.id, direction) ??
      neighbourInDirection(withSelf(items(map, group, false), entry), entry.id, direction);
  } else if (event.key === 'Home' || event.key === 'End') {
    const order = geographicOrder(items(map, group, false));
    target = (event.key === 'Home' ? order[0] : order[order.length - 1]) ?? null;
  } else if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
    // Around the focused feature, so it stays where the reader is looking.
    const step = event.key === '+' || event.key === '=' ? 1 : -1;
    map.setZoomAround(entry.anchor, map.getZoom() + step);
  } else if (event.key === 'Escape') {
    group.onClear();
  } else {
    return;
  }
  // Handled here: no page scroll, and Leaflet's own keyboard panning never sees it.
  event.preventDefault();
  event.stopPropagation();
  if (target) moveTo(map, group, target, true);
}

/** The focused feature is the origin of a move even when it lies just outside the view. */
function withSelf(list: RovingItem[], entry: RovingEntry): RovingItem[] {
  return list.some((item) => item.id === entry.id) ? list : [...list, { id: entry.id, lng: entry.anchor.lng, lat: entry.anchor.lat }];
}
