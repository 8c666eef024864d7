import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { SpreadArc } from '../spatial/spreadArcs';
import type { Calendar } from '../i18n/calendar';
import { formatAlmatyShortDate } from '../i18n/formatTime';
import type { Instant } from '../timeline/instant';

interface TrailLayerProps {
  arcs: readonly SpreadArc[];
  t: number;
  pane: string;
  /** Date labels in the reader's language; a new calendar rebuilds the arcs (a language switch). */
  calendar: Calendar;
}

/** Arcs shorter than this carry no date label: near Zhanaozen the labels would pile up (km). */
const labelMinKm = 400;
/** Where along the arc its date sits: near the place it reached, away from the crowded origin. */
const labelAlong = 0.8;

/** The imperative side: one polyline per arc (plus its date), shown from the instant its place joined. */
class Trail {
  private readonly group: L.LayerGroup;
  private readonly lines: { arc: SpreadArc; line: L.LayerGroup; shown: boolean }[];

  constructor(map: L.Map, arcs: readonly SpreadArc[], pane: string, calendar: Calendar) {
    this.group = L.layerGroup().addTo(map);
    this.lines = arcs.map((arc) => {
      const line = L.layerGroup([
        L.polyline(arc.latLngs, { pane, color: '#4b2673', weight: 1.8, opacity: 0.8, dashArray: '3 4', interactive: false, className: 'qm-arc' }),
      ]);
      const anchor = arc.latLngs[Math.floor(labelAlong * (arc.latLngs.length - 1))];
      if (anchor && arc.km >= labelMinKm) {
        line.addLayer(
          L.tooltip({ permanent: true, direction: 'center', className: 'qm-arc-label', pane })
            .setLatLng(anchor)
            .setContent(formatAlmatyShortDate(arc.t as Instant, calendar)),
        );
      }
      return { arc, line, shown: false };
    });
  }

  showUpTo(t: number): void {
    for (const entry of this.lines) {
      const visible = entry.arc.t <= t;
      if (visible === entry.shown) continue;
      if (visible) this.group.addLayer(entry.line);
      else this.group.removeLayer(entry.line);
      entry.shown = visible;
    }
  }

  remove(): void {
    this.group.remove();
  }
}

/**
 * Great-circle arcs from Zhanaozen to each place, each appearing at the instant its place joined
 * and labelled with that date. A step only adds or removes the arcs whose visibility changed.
 */
export function TrailLayer({ arcs, t, pane, calendar }: TrailLayerProps) {
  const map = useMap();
  const trail = useRef<Trail | null>(null);

  useEffect(
    function createTrail() {
      const created = new Trail(map, arcs, pane, calendar);
      trail.current = created;
      return function removeTrail() {
        created.remove();
        trail.current = null;
      };
    },
    [map, arcs, pane, calendar],
  );

  useEffect(
    function showArcsThatJoined() {
      trail.current?.showUpTo(t);
    },
    [t, arcs, calendar],
  );

  return null;
}
