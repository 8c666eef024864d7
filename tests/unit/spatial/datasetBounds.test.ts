import { describe, expect, it } from 'vitest';
import { datasetBounds } from '../../../src/spatial/datasetBounds';

describe('datasetBounds(collection)', () => {
  it('returns [[south, west], [north, east]] in Leaflet order', () => {
    const collection = {
      type: 'FeatureCollection' as const,
      features: [
        { type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [46.5, 40.6] } },
        { type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [87.3, 55.4] } },
      ],
    };
    expect(datasetBounds(collection)).toEqual([
      [40.6, 46.5],
      [55.4, 87.3],
    ]);
  });
});
