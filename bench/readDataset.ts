import { readFileSync } from 'node:fs';
import { parseCities } from '../src/data/parseCities';
import { parseEvents } from '../src/data/parseEvents';
import { parseRegions } from '../src/data/parseRegions';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../geo/${name}`, import.meta.url), 'utf8'));

/** The committed data, parsed the way the app parses it. */
export function readDataset() {
  return {
    regions: parseRegions(read('regions.geojson')),
    cities: parseCities(read('cities.geojson')),
    events: parseEvents(read('events.geojson')).features,
  };
}
