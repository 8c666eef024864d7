import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import type L from 'leaflet';
import { createCityLabelLayer, updateCityLabelLayer, type CityLabelLayerProps } from './cityLabelLayer';

/** City names without collisions, as a react-leaflet component: created once, updated by diff (cityLabelLayer.ts). */
export const CityLabelLayer = createLayerComponent<L.LayerGroup, CityLabelLayerProps & LayerProps>(function createCityLabelElement(props, context) {
  return createElementObject(createCityLabelLayer(props), context);
}, updateCityLabelLayer);
