import type { EventFeature, EventType } from '../src/data/eventTypes';
import { eventTypes } from '../src/data/eventTypes';
import type { CityCollection } from '../src/data/types';
import { seededRandom } from '../tests/e2e/fuzzCases';

const windowStart = Date.parse('2022-01-01T00:00:00+06:00');
const windowHours = 25 * 24;

/**
 * `count` local events spread over the real localities and the story window, with every type.
 * Times are whole minutes in Almaty time (+06:00), like real data.
 */
export function syntheticEvents(count: number, cities: CityCollection, seed = 2022): EventFeature[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, index) => {
    const city = pick(cities.features);
    const minute = Math.floor(random() * windowHours * 60);
    const start = new Date(windowStart + minute * 60_000 + 6 * 3_600_000).toISOString().slice(0, 16) + '+06:00';
    const type: EventType = pick(eventTypes.filter((t) => t !== 'government-decision' && t !== 'shutdown'));
    const id = `KZ22-${String(index + 1).padStart(6, '0')}`; // the research id pattern, so the app accepts them
    return {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: city.geometry.coordinates },
      properties: {
        id,
        start,
        time_known: true,
        time_precision: 'exact',
        scope: 'local',
        region: city.properties.region,
        city: city.id,
        locality: city.properties.name_en,
        type,
        figures: type === 'casualties' ? { deaths: Math.floor(random() * 3) } : undefined,
        confidence: 'low',
      },
    } satisfies EventFeature;
  });
}
