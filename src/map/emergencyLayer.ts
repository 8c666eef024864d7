import L from 'leaflet';
import type { RegionCollection, RegionId } from '../data/types';
import type { RegionStatus } from '../timeline/regionStatusAt';
import { emergencyStyle } from './regionStyle';

export interface EmergencyLayerProps {
  /** Fixed at creation. */
  regions: RegionCollection;
  statuses: ReadonlyMap<RegionId, RegionStatus>;
}

/** Each region's path and whether it is drawn as under a state of emergency now. */
const applied = new WeakMap<L.GeoJSON, Map<RegionId, { path: L.Path; inForce: boolean }>>();

/**
 * The second channel: hatching and a dashed outline over regions under a state of emergency,
 * readable over any fill. Same geometry as the choropleth, drawn once, not interactive.
 */
export function createEmergencyLayer(props: EmergencyLayerProps & { pane?: string }): L.GeoJSON {
  const paths = new Map<RegionId, { path: L.Path; inForce: boolean }>();
  const layer = L.geoJSON(props.regions, {
    ...(props.pane ? { pane: props.pane } : {}),
    interactive: false,
    style: (feature) => emergencyStyle(props.statuses.get(feature?.id as RegionId)?.emergency ?? false),
    onEachFeature: (feature, path) => {
      const id = feature.id as RegionId;
      paths.set(id, { path: path as L.Path, inForce: props.statuses.get(id)?.emergency ?? false });
    },
  });
  applied.set(layer, paths);
  return layer;
}

/** Restyles only the regions whose emergency flag changed (usually none in a one-hour step). */
export function updateEmergencyLayer(layer: L.GeoJSON, props: EmergencyLayerProps, prev: EmergencyLayerProps): void {
  const paths = applied.get(layer);
  if (!paths || props.statuses === prev.statuses) return;
  for (const [id, entry] of paths) {
    const status = props.statuses.get(id);
    if (status === prev.statuses.get(id)) continue;
    const inForce = status?.emergency ?? false;
    if (inForce === entry.inForce) continue;
    entry.inForce = inForce;
    entry.path.setStyle(emergencyStyle(inForce));
  }
}
