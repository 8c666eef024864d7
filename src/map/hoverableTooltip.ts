import L from 'leaflet';
import { tooltipPlacement } from './tooltipPlacement';

export const hoverableTooltipDefaults = {
  /** How long a tooltip waits after the pointer left its layer, so the pointer can reach it (ms). */
  closeDelay: 300,
} as const;

/** The tooltip open on each map now, so opening another closes it and Escape finds it. */
const openTooltips = new WeakMap<L.Map, L.Layer>();
const escapeBound = new WeakSet<L.Map>();
/** Layers whose tooltip Escape dismissed: they stay closed until the pointer has left them. */
const dismissed = new WeakSet<L.Layer>();

/** Leaflet's own open handler, bound by bindTooltip; replaced so a tooltip opens where the pointer is. */
const leafletOpen = (L.Layer.prototype as unknown as { _openTooltip: L.LeafletEventHandlerFn })._openTooltip;

/**
 * Makes a bound (non-permanent) tooltip meet WCAG 1.4.13: it opens at the pointer and stays put
 * (not sticky), so the pointer can move onto it; it closes a moment after the pointer leaves both
 * the layer and the tooltip; Escape closes it; it flips above/below and shifts sideways to stay
 * inside the map (tooltipPlacement.ts). `gap` is the distance from the anchor (px), a function for
 * markers whose radius changes. Call once, right after `bindTooltip`.
 */
export function makeTooltipHoverable(layer: L.Layer, gap: () => number): void {
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelClose = () => clearTimeout(closeTimer);
  const closeSoon = () => {
    cancelClose();
    closeTimer = setTimeout(() => layer.closeTooltip(), hoverableTooltipDefaults.closeDelay);
  };
  layer.off('mouseout', layer.closeTooltip);
  layer.off('mouseover', leafletOpen);
  layer.on('mouseover', function openAtPointer(event: L.LeafletMouseEvent) {
    cancelClose();
    if (layer.isTooltipOpen() || dismissed.has(layer)) return;
    // A polygon's tooltip opens where the pointer is; a marker's at the marker.
    layer.openTooltip(layer instanceof L.Polyline ? event.latlng : undefined);
  });
  layer.on('mouseout', function closeAfterLeaving() {
    dismissed.delete(layer);
    closeSoon();
  });
  layer.on('tooltipopen', function fitOpenTooltip(event: L.TooltipEvent) {
    const map = (layer as unknown as { _map?: L.Map })._map;
    if (!map) return;
    const previous = openTooltips.get(map);
    if (previous && previous !== layer) previous.closeTooltip();
    openTooltips.set(map, layer);
    bindEscape(map);
    const element = event.tooltip.getElement();
    if (!element) return;
    element.addEventListener('mouseenter', cancelClose);
    element.addEventListener('mouseleave', closeSoon);
    keepInside(map, event.tooltip, element, gap());
  });
  layer.on('tooltipclose', function forgetClosedTooltip(event: L.TooltipEvent) {
    cancelClose();
    const element = event.tooltip.getElement();
    element?.removeEventListener('mouseenter', cancelClose);
    element?.removeEventListener('mouseleave', closeSoon);
    const map = (layer as unknown as { _map?: L.Map })._map;
    if (map && openTooltips.get(map) === layer) openTooltips.delete(map);
  });
}

/** Measures the open tooltip (one layout, on opening only) and moves it inside the map. */
function keepInside(map: L.Map, tooltip: L.Tooltip, element: HTMLElement, gap: number): void {
  const latLng = tooltip.getLatLng();
  if (!latLng) return;
  const anchor = map.latLngToContainerPoint(latLng);
  const size = map.getSize();
  const placement = tooltipPlacement(anchor.x, anchor.y, element.offsetWidth, element.offsetHeight, size.x, size.y, gap);
  tooltip.options.direction = placement.direction;
  tooltip.options.offset = placement.offset;
  // The arrow stays over the anchor when the box shifts sideways (map.css reads it).
  element.style.setProperty('--tooltip-shift', `${placement.offset[0]}px`);
  tooltip.update();
}

/** One Escape listener per map, on the document: the tooltip may be open with focus anywhere. */
function bindEscape(map: L.Map): void {
  if (escapeBound.has(map)) return;
  escapeBound.add(map);
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const open = openTooltips.get(map);
    if (!open?.isTooltipOpen()) return;
    dismissed.add(open);
    open.closeTooltip();
  };
  document.addEventListener('keydown', onKey);
  map.once('unload', function unbindEscape() {
    document.removeEventListener('keydown', onKey);
    escapeBound.delete(map);
  });
}
