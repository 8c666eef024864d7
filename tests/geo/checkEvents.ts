// Checks of events.geojson that need the other files: regions (point inside, clock) and cities.
// Like checkGeography.ts, each returns a list of problems naming the event id and the field.

import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import { parseFullEvents } from '../../src/data/parseEvents';
import type { EventFeature } from '../../src/data/eventTypes';
import { utcOffsets } from '../../src/data/regionSchema';
import type { Collection } from './collectionHelpers';

export const eventCheckDefaults = {
  /**
   * How far outside its region's outline a local event's point may lie (km). Natural Earth's city
   * outlines are crude blobs (Almaty city is 295 km² against 682 km² official): Almaty airport lies
   * 0.6 km outside it.
   */
  outsideToleranceKm: 3,
} as const;

type RegionShape = Feature<Polygon | MultiPolygon, { utc_offset?: string }>;

/** Every problem found in `events`, checked against the committed regions and cities. */
export function checkEvents(events: unknown, regions: Collection, cities: Collection, file = 'events.geojson'): string[] {
  let parsed: EventFeature[];
  try {
    parsed = parseFullEvents(events);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const regionById = new Map(regions.features.map((f) => [f.id, f as RegionShape]));
  const cityRegion = new Map(cities.features.map((f) => [f.id, (f.properties as { region?: string } | null)?.region]));
  return parsed.flatMap((event) => checkEvent(event, regionById, cityRegion, file));
}

function checkEvent(
  event: EventFeature,
  regionById: Map<unknown, RegionShape>,
  cityRegion: Map<unknown, string | undefined>,
  file: string,
): string[] {
  const p = event.properties;
  const problems: string[] = [];
  const report = (field: string, problem: string) => problems.push(`${file}: event ${p.id}: ${field} ${problem}`);
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(p.start)?.[1];
  if (!(utcOffsets as readonly (string | undefined)[]).includes(offset)) {
    report('start', `has offset ${offset}; January 2022 clocks were ${utcOffsets.join(' or ')}`);
  }
  if (p.end && !p.end.endsWith(offset ?? '')) report('end', 'must use the same clock as start');

  if (p.scope === 'national') {
    if (offset !== '+06:00') report('start', 'of a national decision must be in capital time (+06:00)');
    return problems;
  }
  const region = p.region ? regionById.get(p.region) : undefined;
  if (!region) return [...problems, `${file}: event ${p.id}: region ${p.region} is not in regions.geojson`];
  const isDecree = p.type === 'government-decision';
  if (!isDecree && region.properties.utc_offset && offset !== region.properties.utc_offset) {
    report('start', `has offset ${offset} but ${p.region} ran on UTC${region.properties.utc_offset} in January 2022`);
  }
  const point = event.geometry as Point;
  if (!booleanPointInPolygon(point.coordinates, region)) {
    const km = pointToPolygonDistance(point.coordinates, region, { units: 'kilometers' });
    if (km > eventCheckDefaults.outsideToleranceKm) {
      report('geometry', `lies ${km.toFixed(1)} km outside ${p.region} (tolerance ${eventCheckDefaults.outsideToleranceKm} km)`);
    }
  }
  if (p.city !== null) {
    if (!cityRegion.has(p.city)) report('city', `${p.city} is not in cities.geojson`);
    else if (cityRegion.get(p.city) !== p.region) report('city', `${p.city} lies in ${cityRegion.get(p.city)}, not ${p.region}`);
  }
  return problems;
}
