// The story as the browser receives it, rebuilt in Node from geo/ for the build's stills: the same
// derivation (scripts/derive) and the same parsers (src/data) as the page, so a still shows what
// the page shows. (src/data/loadDataset.ts cannot run here: it imports the build's virtual modules.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { EventText } from '../../src/data/eventTypes.ts';
import type { Dataset } from '../../src/data/loadDataset.ts';
import { parseBaseLayer } from '../../src/data/parseBaseLayer.ts';
import { parseCities } from '../../src/data/parseCities.ts';
import { parseEvents, parseEventTexts } from '../../src/data/parseEvents.ts';
import { parseRegions } from '../../src/data/parseRegions.ts';
import { readTopology } from '../../src/data/readTopology.ts';
import { buildStoryIndex, type StoryIndex } from '../../src/scene/buildStoryIndex.ts';
import { baseObjectNames, deriveBaseTopology, splitEvents, type BaseLayers, type translatedLanguages } from '../derive/deriveFirstView.ts';

export interface GeoStory {
  dataset: Dataset;
  index: StoryIndex;
  /** The Russian and Kazakh event texts (place names of places that are not cities). */
  texts: Record<(typeof translatedLanguages)[number], ReadonlyMap<string, EventText>>;
}

/** Reads geo/ once and builds the dataset, its story index and the translated texts. */
export function loadGeoStory(geoDir: string): GeoStory {
  const read = (name: string) => JSON.parse(readFileSync(resolve(geoDir, `${name}.geojson`), 'utf8')) as FeatureCollection;
  const base = deriveBaseTopology(Object.fromEntries(baseObjectNames.map((name) => [name, read(name)])) as unknown as BaseLayers);
  const split = splitEvents(read('events'));
  const layers = readTopology(base, 'base.topo.json', baseObjectNames);
  const dataset: Dataset = {
    regions: parseRegions(layers.regions, 'base.topo.json › regions'),
    cities: parseCities(layers.cities, 'base.topo.json › cities'),
    events: parseEvents(split.core, 'events.core.json').features,
    base: {
      country: parseBaseLayer(layers.country, 'base.topo.json › country'),
      neighbours: parseBaseLayer(layers.neighbours, 'base.topo.json › neighbours'),
      water: parseBaseLayer(layers.water, 'base.topo.json › water'),
      lakes: parseBaseLayer(read('lakes'), 'lakes.geojson'),
    },
  };
  const ids = dataset.events.map((event) => event.id);
  const texts = {
    ru: parseEventTexts(split.texts.ru, ids, 'events.text.ru.json'),
    kk: parseEventTexts(split.texts.kk, ids, 'events.text.kk.json'),
  };
  return { dataset, index: buildStoryIndex(dataset), texts };
}
