import citiesUrl from '../../geo/cities.geojson?url';
import countryUrl from '../../geo/country.geojson?url';
import eventsUrl from '../../geo/events.geojson?url';
import lakesUrl from '../../geo/lakes.geojson?url';
import neighboursUrl from '../../geo/neighbours.geojson?url';
import regionsUrl from '../../geo/regions.geojson?url';
import waterUrl from '../../geo/water.geojson?url';
import { DataError } from './dataError';
import { parseBaseLayer } from './parseBaseLayer';
import { parseCities } from './parseCities';
import { parseEvents } from './parseEvents';
import { parseRegions } from './parseRegions';
import type { EventFeature } from './eventTypes';
import type { BaseMap, CityCollection, RegionCollection } from './types';

export interface Dataset {
  regions: RegionCollection;
  cities: CityCollection;
  /** Sorted by start. */
  events: readonly EventFeature[];
  base: BaseMap;
}

/** Where each geo/ file is served from; Vite fingerprints them at build. */
export const datasetUrls = {
  regions: regionsUrl,
  cities: citiesUrl,
  country: countryUrl,
  neighbours: neighboursUrl,
  water: waterUrl,
  lakes: lakesUrl,
  events: eventsUrl,
} as const;

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

/**
 * The one place that downloads geo/ files and hands them to the parsers. Any failure becomes a
 * DataError naming the file, so the page can say what is wrong instead of going blank.
 */
export async function loadDataset(fetchFile: Fetch = (url) => fetch(url)): Promise<Dataset> {
  const get = (file: string, url: string) => fetchJson(fetchFile, file, url);
  const [regions, cities, country, neighbours, water, lakes, events] = await Promise.all([
    get('regions.geojson', datasetUrls.regions),
    get('cities.geojson', datasetUrls.cities),
    get('country.geojson', datasetUrls.country),
    get('neighbours.geojson', datasetUrls.neighbours),
    get('water.geojson', datasetUrls.water),
    get('lakes.geojson', datasetUrls.lakes),
    get('events.geojson', datasetUrls.events),
  ]);
  return {
    regions: parseRegions(regions),
    cities: parseCities(cities),
    events: parseEvents(events).features,
    base: {
      country: parseBaseLayer(country, 'country.geojson'),
      neighbours: parseBaseLayer(neighbours, 'neighbours.geojson'),
      water: parseBaseLayer(water, 'water.geojson'),
      lakes: parseBaseLayer(lakes, 'lakes.geojson'),
    },
  };
}

async function fetchJson(fetchFile: Fetch, file: string, url: string): Promise<unknown> {
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await fetchFile(url);
  } catch {
    throw new DataError(file, 'could not be downloaded (network error)');
  }
  if (!response.ok) throw new DataError(file, `could not be downloaded (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new DataError(file, 'is not valid JSON');
  }
}
