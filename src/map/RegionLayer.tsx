import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import type L from 'leaflet';
import { createRegionLayer, updateRegionLayer, type RegionLayerProps } from './regionLayer';

/**
 * The choropleth as a react-leaflet component: created once, then updated by diff
 * (src/map/regionLayer.ts) whenever the scene or the selection changes.
 */
export const RegionLayer = createLayerComponent<L.GeoJSON, RegionLayerProps & LayerProps>(function createRegionElement(props, context) {
  return createElementObject(createRegionLayer(props), context);
}, updateRegionLayer);
