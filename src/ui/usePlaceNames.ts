import { useMemo } from 'react';
import type { StoryIndex } from '../scene/buildStoryIndex';
import { useMessages } from '../react/useMessages';
import { cityName } from '../i18n/placeNames';
import { slugify } from '../timeline/buildTimeline';
import { useEventTextsContext } from './useEventTexts';

/**
 * Place names in the reader's language, by place id: cities from cities.geojson, other places
 * (an airport, an oil field) from their events' translated locality. A new map per language.
 */
export function usePlaceNames(index: StoryIndex): ReadonlyMap<string, string> {
  const messages = useMessages();
  const texts = useEventTextsContext();
  return useMemo(() => {
    const { cities, events } = index.input;
    const names = new Map<string, string>(cities.features.map((city) => [String(city.id), cityName(city.properties, messages)]));
    for (const event of events) {
      const p = event.properties;
      const locality = texts?.get(event.id)?.locality;
      if (p.scope === 'local' && p.city === null && locality && !names.has(slugify(p.locality))) names.set(slugify(p.locality), locality);
    }
    return names;
  }, [index, texts, messages]);
}
