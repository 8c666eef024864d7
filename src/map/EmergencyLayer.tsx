import { useCallback, useMemo } from 'react';
import { GeoJSON, Pane } from 'react-leaflet';
import type { Feature } from 'geojson';
import type { RegionCollection, RegionId } from '../data/types';
import type { RegionStatus } from '../timeline/regionStatusAt';
import { emergencyStyle } from './regionStyle';

interface EmergencyLayerProps {
  regions: RegionCollection;
  statuses: ReadonlyMap<RegionId, RegionStatus>;
}

/**
 * The second channel: hatching and a dashed outline over regions under a state of emergency,
 * readable over any fill. Same geometry as the choropleth, drawn once; restyled only when some
 * region's emergency changes.
 */
export function EmergencyLayer({ regions, statuses }: EmergencyLayerProps) {
  const key = useMemo(() => [...statuses].filter(([, s]) => s.emergency).map(([id]) => id).join(','), [statuses]);
  const style = useCallback((feature?: Feature) => emergencyStyle(key.split(',').includes(String(feature?.id))), [key]);
  return (
    <Pane name="qm-emergency" style={{ zIndex: 405, pointerEvents: 'none' }}>
      <GeoJSON data={regions} style={style} interactive={false} />
    </Pane>
  );
}
