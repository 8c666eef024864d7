import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import type L from 'leaflet';
import { createCityRegionLayer, updateCityRegionLayer, type CityRegionLayerProps } from './cityRegionLayer';

/** The city-regions' symbols as a react-leaflet component: created once, updated by diff (cityRegionLayer.ts). */
export const CityRegionLayer = createLayerComponent<L.LayerGroup, CityRegionLayerProps & LayerProps>(function createCityRegionElement(props, context) {
  return createElementObject(createCityRegionLayer(props), context);
}, updateCityRegionLayer);
