import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import type L from 'leaflet';
import { createPlaceLayer, updatePlaceLayer, type PlaceLayerProps } from './placeLayer';

/** Place markers as a react-leaflet component: created once, updated by diff (placeLayer.ts). */
export const PlaceLayer = createLayerComponent<L.LayerGroup, PlaceLayerProps & LayerProps>(function createPlaceElement(props, context) {
  return createElementObject(createPlaceLayer(props), context);
}, updatePlaceLayer);
