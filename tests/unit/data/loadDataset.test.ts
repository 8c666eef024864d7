import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../../src/data/loadDataset';

vi.mock('../../../geo/regions.geojson?url', () => ({ default: '/regions.geojson' }));
vi.mock('../../../geo/cities.geojson?url', () => ({ default: '/cities.geojson' }));
vi.mock('../../../geo/country.geojson?url', () => ({ default: '/country.geojson' }));
vi.mock('../../../geo/neighbours.geojson?url', () => ({ default: '/neighbours.geojson' }));
vi.mock('../../../geo/water.geojson?url', () => ({ default: '/water.geojson' }));
vi.mock('../../../geo/lakes.geojson?url', () => ({ default: '/lakes.geojson' }));
vi.mock('../../../geo/events.geojson?url', () => ({ default: '/events.geojson' }));

type Reply = { ok: boolean; status: number; json: () => Promise<unknown> };
const ok = (body: unknown): Reply => ({ ok: true, status: 200, json: async () => body });

describe('loadDataset(fetch)', () => {
  it('names the file that answered with an HTTP error', async () => {
    const fetchFile = async (url: string) => (url.includes('cities') ? { ok: false, status: 503, json: async () => null } : ok({}));
    await expect(loadDataset(fetchFile)).rejects.toThrow('cities.geojson: could not be downloaded (HTTP 503)');
  });

  it('names the file that could not be reached', async () => {
    const fetchFile = async (url: string) => {
      if (url.includes('water')) throw new TypeError('Failed to fetch');
      return ok({});
    };
    await expect(loadDataset(fetchFile)).rejects.toThrow('water.geojson: could not be downloaded (network error)');
  });

  it('names the file that is not JSON', async () => {
    const fetchFile = async (url: string) =>
      url.includes('lakes') ? { ok: true, status: 200, json: async () => JSON.parse('{') } : ok({ type: 'FeatureCollection', features: [] });
    await expect(loadDataset(fetchFile)).rejects.toThrow('lakes.geojson: is not valid JSON');
  });

  it('hands each file to its parser (an empty regions file fails validation)', async () => {
    const fetchFile = async () => ok({ type: 'FeatureCollection', features: [] });
    await expect(loadDataset(fetchFile)).rejects.toThrow('regions.geojson: missing regions KZ-AKM');
  });
});
