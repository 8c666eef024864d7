import type { EventText } from '../data/eventTypes';
import type { StoryInput } from '../scene/buildStoryIndex';
import { slugify, type Place } from '../timeline/buildTimeline';
import { cityName } from './placeNames';
import type { Messages } from './messages';

/**
 * Place names in the catalogue's language, by place id: cities from cities.geojson, other places
 * (an airport, an oil field) from their events' translated locality (events.text.<lang>.json).
 * The page (usePlaceNames) and the build's stills (scripts/stills) both name places with it.
 */
export function placeNameTable(
  input: Pick<StoryInput, 'cities' | 'events'>,
  texts: ReadonlyMap<string, EventText> | null,
  messages: Messages,
): ReadonlyMap<string, string> {
  const names = new Map<string, string>(input.cities.features.map((city) => [String(city.id), cityName(city.properties, messages)]));
  for (const event of input.events) {
    const p = event.properties;
    const locality = texts?.get(event.id)?.locality;
    if (p.scope === 'local' && p.city === null && locality && !names.has(slugify(p.locality))) names.set(slugify(p.locality), locality);
  }
  return names;
}

/** A `placeName` for the renderers: the table's name, else the place's English name. */
export function placeNamer(names: ReadonlyMap<string, string>): (place: Place) => string {
  return (place) => names.get(place.id) ?? place.name;
}
