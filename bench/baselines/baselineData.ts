// Data for the baseline pages: the bench serves /data/regions.json and /data/events.json (real
// or synthetic events, full GeoJSON) by request interception, the same events our app gets.
import type { Feature, FeatureCollection, Point } from 'geojson';

export interface BaselineEvent {
  id: string;
  t: number;
  region: string | null;
  type: string;
  latLng: [number, number] | null;
}

export const hourZero = Date.parse('2022-01-01T00:00:00+06:00');
export const windowHours = 25 * 24;

export async function loadBaselineData(): Promise<{ regions: FeatureCollection; events: BaselineEvent[] }> {
  const [regions, events] = await Promise.all(
    ['data/regions.json', 'data/events.json'].map((url) => fetch(url).then((response) => response.json() as Promise<FeatureCollection>)),
  );
  return {
    regions: regions as FeatureCollection,
    events: (events as FeatureCollection).features.map((feature) => {
      const p = feature.properties as Record<string, string | null>;
      const point = (feature as Feature<Point | null>).geometry;
      return {
        id: String(feature.id),
        t: Date.parse(String(p.start)),
        region: p.region ?? null,
        type: String(p.type),
        latLng: point ? [point.coordinates[1] as number, point.coordinates[0] as number] : null,
      };
    }),
  };
}

const violent = new Set(['clash', 'property-attack', 'casualties']);

/** The colours of our map, so the baselines paint the same amount. */
export function levelColour(level: number): string {
  return ['#f2efe9', '#f4b183', '#b3261e'][level] ?? '#f2efe9';
}

export function levelOf(type: string): number {
  return violent.has(type) ? 2 : type === 'protest' ? 1 : 0;
}
