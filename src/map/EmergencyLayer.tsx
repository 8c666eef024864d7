import { createElementObject, createLayerComponent, type LayerProps } from '@react-leaflet/core';
import type L from 'leaflet';
import { createEmergencyLayer, updateEmergencyLayer, type EmergencyLayerProps } from './emergencyLayer';

/** Emergency hatching as a react-leaflet component: created once, updated by diff. */
export const EmergencyLayer = createLayerComponent<L.GeoJSON, EmergencyLayerProps & LayerProps>(function createEmergencyElement(props, context) {
  return createElementObject(createEmergencyLayer(props), context);
}, updateEmergencyLayer);
