import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import type L from 'leaflet';
import { createThreatLayer, updateThreatLayer, type ThreatLayerProps } from './threatLayer';

/** Terrorism-threat outlines as a react-leaflet component: created once, updated by diff. */
export const ThreatLayer = createLayerComponent<L.LayerGroup, ThreatLayerProps & LayerProps>(function createThreatElement(props, context) {
  return createElementObject(createThreatLayer(props), context);
}, updateThreatLayer);
