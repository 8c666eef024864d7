import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import type L from 'leaflet';
import { createTrailLayer, updateTrailLayer, type TrailLayerProps } from './trailLayer';

/** The spread trail as a react-leaflet component: created once, updated by diff (trailLayer.ts). */
export const TrailLayer = createLayerComponent<L.LayerGroup, TrailLayerProps & LayerProps>(function createTrailElement(props, context) {
  return createElementObject(createTrailLayer(props), context);
}, updateTrailLayer);
