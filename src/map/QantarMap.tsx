import { useMemo } from 'react';
import { GeoJSON, MapContainer, Pane } from 'react-leaflet';
import type { Dataset } from '../data/loadDataset';
import { datasetBounds } from '../spatial/datasetBounds';
import { countryOutlineStyle, neighbourStyle, waterStyle } from './baseStyle';
import { CityLayer } from './CityLayer';
import { mapDefaults } from './mapDefaults';
import { RegionLayer } from './RegionLayer';

interface QantarMapProps {
  dataset: Dataset;
}

/**
 * The map with no tile server: neighbours, then Kazakhstan's 17 units, then the Caspian and lakes
 * (the Aral and Balkhash lie inside region polygons), the country outline and the cities. Panes fix
 * that order. MapContainer's props are initial values only.
 */
export function QantarMap({ dataset }: QantarMapProps) {
  const bounds = useMemo(() => datasetBounds(dataset.base.country), [dataset]);
  return (
    <MapContainer
      className="qm-map"
      bounds={bounds}
      boundsOptions={{ padding: mapDefaults.fitPadding }}
      maxBounds={mapDefaults.frame}
      maxBoundsViscosity={1}
      minZoom={mapDefaults.minZoom}
      maxZoom={mapDefaults.maxZoom}
      zoomSnap={mapDefaults.zoomSnap}
      aria-label="Map of Kazakhstan's regions in January 2022"
    >
      <Pane name="qm-context" style={{ zIndex: 350 }}>
        <GeoJSON data={dataset.base.neighbours} style={neighbourStyle} interactive={false} />
      </Pane>
      <RegionLayer regions={dataset.regions} />
      <Pane name="qm-water" style={{ zIndex: 410, pointerEvents: 'none' }}>
        <GeoJSON data={dataset.base.water} style={waterStyle} interactive={false} />
        <GeoJSON data={dataset.base.lakes} style={waterStyle} interactive={false} />
        <GeoJSON data={dataset.base.country} style={countryOutlineStyle} interactive={false} />
      </Pane>
      <Pane name="qm-cities" style={{ zIndex: 450 }}>
        <CityLayer cities={dataset.cities} pane="qm-cities" />
      </Pane>
    </MapContainer>
  );
}
