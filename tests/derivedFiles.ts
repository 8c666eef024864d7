// The files the browser downloads, derived from geo/ exactly as the build does, optionally from
// doctored inputs: unit tests feed them to loadDataset, e2e tests serve them in place of the build's.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { deriveBaseTopology, splitEvents } from '../scripts/derive/deriveFirstView';

const geoDir = new URL('../geo/', import.meta.url);
export type GeoLayer = 'regions' | 'country' | 'neighbours' | 'water' | 'cities' | 'lakes' | 'events';

export function readGeoLayer(name: GeoLayer): FeatureCollection {
  return JSON.parse(readFileSync(new URL(`${name}.geojson`, geoDir), 'utf8')) as FeatureCollection;
}

/** Served file name → parsed body. `doctor` may change any geo/ layer before derivation. */
export function deriveServedFiles(doctor: Partial<Record<GeoLayer, (layer: FeatureCollection) => FeatureCollection>> = {}) {
  const layer = (name: GeoLayer) => (doctor[name] ?? ((value) => value))(readGeoLayer(name));
  const { core, details, texts } = splitEvents(layer('events'));
  return {
    'base.topo.json': deriveBaseTopology({
      regions: layer('regions'),
      country: layer('country'),
      neighbours: layer('neighbours'),
      water: layer('water'),
      cities: layer('cities'),
    }),
    'lakes.geojson': layer('lakes'),
    'events.core.json': core,
    'events.details.json': details,
    'events.text.ru.json': texts.ru,
    'events.text.kk.json': texts.kk,
  };
}
