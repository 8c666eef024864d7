import L from 'leaflet';
import type { ThreatLevel } from '../data/eventTypes';
import type { RegionCollection, RegionId } from '../data/types';
import type { RegionStatus } from '../timeline/regionStatusAt';
import { threatCasingStyle, threatLineStyle } from './threatStyle';

export interface ThreatLayerProps {
  /** Fixed at creation. */
  regions: RegionCollection;
  statuses: ReadonlyMap<RegionId, RegionStatus>;
}

interface Entry {
  casing: L.Path;
  line: L.Path;
  level: ThreatLevel;
}

/** Each region's two paths (casing, line) and the level they are drawn at now. */
const applied = new WeakMap<L.LayerGroup, Map<RegionId, Entry>>();

/**
 * Terrorism-threat outlines: a white casing and a coloured line per region, same geometry as the
 * choropleth, drawn once, not interactive. Casings are all below all lines, so where two regions
 * at different levels meet, both lines stay visible side by side over one white band.
 */
export function createThreatLayer(props: ThreatLayerProps & { pane?: string }): L.LayerGroup {
  const entries = new Map<RegionId, Partial<Entry>>();
  const levelOf = (id: RegionId): ThreatLevel => props.statuses.get(id)?.threat ?? 'none';
  const options = { ...(props.pane ? { pane: props.pane } : {}), interactive: false };
  const casing = L.geoJSON(props.regions, {
    ...options,
    style: (feature) => threatCasingStyle(levelOf(feature?.id as RegionId)),
    onEachFeature: (feature, path) => void entries.set(feature.id as RegionId, { casing: path as L.Path, level: levelOf(feature.id as RegionId) }),
  });
  const line = L.geoJSON(props.regions, {
    ...options,
    style: (feature) => threatLineStyle(levelOf(feature?.id as RegionId)),
    onEachFeature: (feature, path) => {
      const entry = entries.get(feature.id as RegionId);
      if (entry) entry.line = path as L.Path;
    },
  });
  const group = L.layerGroup([casing, line]);
  applied.set(group, entries as Map<RegionId, Entry>);
  return group;
}

/** Restyles only the regions whose threat level changed (none in most one-hour steps). */
export function updateThreatLayer(group: L.LayerGroup, props: ThreatLayerProps, prev: ThreatLayerProps): void {
  const entries = applied.get(group);
  if (!entries || props.statuses === prev.statuses) return;
  for (const [id, entry] of entries) {
    const status = props.statuses.get(id);
    if (status === prev.statuses.get(id)) continue;
    const level = status?.threat ?? 'none';
    if (level === entry.level) continue;
    entry.level = level;
    entry.casing.setStyle(threatCasingStyle(level));
    entry.line.setStyle(threatLineStyle(level));
  }
}
