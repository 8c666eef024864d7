import L from 'leaflet';
import type { RegionCollection, RegionId } from '../data/types';
import type { Level } from '../timeline/level';
import type { RegionStatus } from '../timeline/regionStatusAt';
import { emergencyStyle } from './regionStyle';

export interface EmergencyLayerProps {
  /** Fixed at creation. */
  regions: RegionCollection;
  statuses: ReadonlyMap<RegionId, RegionStatus>;
}

/** Each region's path and whether it is drawn as under a state of emergency now. */
const applied = new WeakMap<L.GeoJSON, Map<RegionId, { path: L.Path; inForce: boolean; level: Level }>>();

/**
 * The second channel: hatching and a dashed outline over regions under a state of emergency,
 * readable over any fill. Same geometry as the choropleth, drawn once, not interactive.
 */
export function createEmergencyLayer(props: EmergencyLayerProps & { pane?: string }): L.GeoJSON {
  const paths = new Map<RegionId, { path: L.Path; inForce: boolean; level: Level }>();
  const layer = L.geoJSON(props.regions, {
    ...(props.pane ? { pane: props.pane } : {}),
    interactive: false,
    style: (feature) => {
      const status = props.statuses.get(feature?.id as RegionId);
      return emergencyStyle(status?.emergency ?? false, status?.level);
    },
    onEachFeature: (feature, path) => {
      const id = feature.id as RegionId;
      const status = props.statuses.get(id);
      paths.set(id, { path: path as L.Path, inForce: status?.emergency ?? false, level: status?.level ?? 'calm' });
    },
  });
  applied.set(layer, paths);
  return layer;
}

/**
 * Restyles only the regions whose emergency flag changed, or whose level changed while hatched
 * (the hatch colour follows the fill); usually none in a one-hour step.
 */
export function updateEmergencyLayer(layer: L.GeoJSON, props: EmergencyLayerProps, prev: EmergencyLayerProps): void {
  const paths = applied.get(layer);
  if (!paths || props.statuses === prev.statuses) return;
  for (const [id, entry] of paths) {
    const status = props.statuses.get(id);
    if (status === prev.statuses.get(id)) continue;
    const inForce = status?.emergency ?? false;
    const level = status?.level ?? 'calm';
    if (inForce === entry.inForce && (!inForce || level === entry.level)) continue;
    entry.inForce = inForce;
    entry.level = level;
    entry.path.setStyle(emergencyStyle(inForce, level));
  }
}
