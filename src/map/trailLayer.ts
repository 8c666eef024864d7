import L from 'leaflet';
import type { Calendar } from '../i18n/calendar';
import { formatAlmatyShortDate } from '../i18n/formatTime';
import type { SpreadArc } from '../spatial/spreadArcs';
import type { Instant } from '../timeline/instant';
import { trailStyle } from './trailStyle';

export interface TrailLayerProps {
  /** The scene's arcs (a new type filter gives new ones). */
  arcs: readonly SpreadArc[];
  t: number;
  /** Date labels in the reader's language. */
  calendar: Calendar;
  pane?: string;
}

interface TrailLine {
  arc: SpreadArc;
  line: L.LayerGroup;
  label: L.Tooltip | null;
  shown: boolean;
}

const states = new WeakMap<L.LayerGroup, TrailLine[]>();

/** Arcs shorter than this carry no date label: near Zhanaozen the labels would pile up (km). */
const labelMinKm = 400;
/** Where along the arc its date sits: near the place it reached, away from the crowded origin. */
const labelAlong = 0.8;

/**
 * Great-circle arcs from Zhanaozen to each place, each appearing at the instant its place joined
 * and labelled with that date. Created once; a step only shows or hides the arcs whose
 * visibility changed, a language switch only rewrites the labels.
 */
export function createTrailLayer(props: TrailLayerProps): L.LayerGroup {
  const group = L.layerGroup();
  states.set(group, buildLines(props));
  showUpTo(group, props.t);
  return group;
}

export function updateTrailLayer(group: L.LayerGroup, props: TrailLayerProps, prev: TrailLayerProps): void {
  if (props.arcs !== prev.arcs) {
    group.clearLayers();
    states.set(group, buildLines(props));
  } else if (props.calendar !== prev.calendar) {
    for (const entry of states.get(group) ?? []) entry.label?.setContent(formatAlmatyShortDate(entry.arc.t as Instant, props.calendar));
  }
  showUpTo(group, props.t);
}

function buildLines({ arcs, pane, calendar }: TrailLayerProps): TrailLine[] {
  const paneOption = pane ? { pane } : {};
  return arcs.map((arc) => {
    const line = L.layerGroup([L.polyline(arc.latLngs, { ...paneOption, ...trailStyle, interactive: false })]);
    const anchor = arc.latLngs[Math.floor(labelAlong * (arc.latLngs.length - 1))];
    let label: L.Tooltip | null = null;
    if (anchor && arc.km >= labelMinKm) {
      label = L.tooltip({ ...paneOption, permanent: true, direction: 'center', className: 'qm-arc-label' })
        .setLatLng(anchor)
        .setContent(formatAlmatyShortDate(arc.t as Instant, calendar));
      line.addLayer(label);
    }
    return { arc, line, label, shown: false };
  });
}

function showUpTo(group: L.LayerGroup, t: number): void {
  for (const entry of states.get(group) ?? []) {
    const visible = entry.arc.t <= t;
    if (visible === entry.shown) continue;
    if (visible) group.addLayer(entry.line);
    else group.removeLayer(entry.line);
    entry.shown = visible;
  }
}
