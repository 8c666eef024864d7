import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset, loadEventDetails } from '../../../src/data/loadDataset';
import { loadTimeouts } from '../../../src/data/loadTimeouts';
import { deriveServedFiles } from '../../derivedFiles';

type Reply = { ok: boolean; status: number; json: () => Promise<unknown> };
const ok = (body: unknown): Reply => ({ ok: true, status: 200, json: async () => body });
const served = deriveServedFiles();
type Served = Record<string, unknown>;

/** A fetch answering from `files` by the file name at the end of the requested URL. */
function fetchFrom(files: Served, broken: (url: string) => Reply | 'throw' | null = () => null) {
  return async (url: string): Promise<Reply> => {
    const answer = broken(url);
    if (answer === 'throw') throw new TypeError('Failed to fetch');
    if (answer) return answer;
    const name = Object.keys(files).find((file) => url.endsWith(file));
    return name ? ok(structuredClone(files[name])) : { ok: false, status: 404, json: async () => null };
  };
}

describe('loadDataset(fetch)', () => {
  it('reads the derived files into the 17 regions, 28 cities, 170 events and the context layers', async () => {
    const dataset = await loadDataset(fetchFrom(served));
    expect(dataset.regions.features).toHaveLength(17);
    expect(dataset.cities.features).toHaveLength(28);
    expect(dataset.events).toHaveLength(170);
    expect(dataset.base.neighbours.features.length).toBeGreaterThan(0);
    expect(dataset.base.lakes.features.length).toBeGreaterThan(0);
    expect(dataset.events.every((event) => !('description' in event.properties) && !('sources' in event.properties))).toBe(true);
  });

  it('names the file that answered with an HTTP error', async () => {
    const fetchFile = fetchFrom(served, (url) => (url.includes('events.core') ? { ok: false, status: 503, json: async () => null } : null));
    await expect(loadDataset(fetchFile)).rejects.toThrow('events.core.json: could not be downloaded (HTTP 503)');
  });

  it('names the file that could not be reached', async () => {
    await expect(loadDataset(fetchFrom(served, (url) => (url.includes('base.topo') ? 'throw' : null)))).rejects.toThrow(
      'base.topo.json: could not be downloaded (network error)',
    );
  });

  it('names the file that is not JSON', async () => {
    const notJson = (url: string) => (url.includes('lakes') ? { ok: true, status: 200, json: async () => JSON.parse('{') } : null);
    await expect(loadDataset(fetchFrom(served, notJson))).rejects.toThrow('lakes.geojson: is not valid JSON');
  });

  it('hands each layer of the topology to its parser (a region left out fails validation)', async () => {
    const files = deriveServedFiles({ regions: (layer) => ({ ...layer, features: layer.features.filter((f) => f.id !== 'KZ-AKM') }) });
    await expect(loadDataset(fetchFrom(files))).rejects.toThrow('base.topo.json › regions: missing regions KZ-AKM');
  });

  it('names the region and field that break regionSchema.ts inside the topology', async () => {
    const files = deriveServedFiles({
      regions: (layer) => ({ ...layer, features: layer.features.map((f) => (f.id === 'KZ-MAN' ? { ...f, properties: { ...f.properties, name_kk: '' } } : f)) }),
    });
    await expect(loadDataset(fetchFrom(files))).rejects.toThrow(
      'base.topo.json › regions: feature KZ-MAN: property name_kk must be a non-empty string (got "")',
    );
  });

  it('refuses a topology whose geometry points at arcs it does not have', async () => {
    const topology = structuredClone(served['base.topo.json']);
    topology.arcs = topology.arcs.slice(0, 10);
    await expect(loadDataset(fetchFrom({ ...served, 'base.topo.json': topology }))).rejects.toThrow(
      /base\.topo\.json: object \w+ refers to arcs that are not in the file/,
    );
  });

  it('refuses something that is not a topology', async () => {
    await expect(loadDataset(fetchFrom({ ...served, 'base.topo.json': { type: 'FeatureCollection', features: [] } }))).rejects.toThrow(
      'base.topo.json: not a TopoJSON Topology',
    );
  });
});

describe('loadEventDetails(events, fetch)', () => {
  it('gives every event its description and sources', async () => {
    const { events } = await loadDataset(fetchFrom(served));
    const details = await loadEventDetails(events, fetchFrom(served));
    expect(details.size).toBe(170);
    expect(details.get('KZ22-002')?.sources.length).toBeGreaterThan(0);
    expect(details.get('KZ22-002')?.description.en).toMatch(/Zhanaozen/);
  });

  it('names the event whose details are missing or broken', async () => {
    const { events } = await loadDataset(fetchFrom(served));
    const withoutOne = { ...served['events.details.json'] };
    delete withoutOne['KZ22-005'];
    await expect(loadEventDetails(events, fetchFrom({ ...served, 'events.details.json': withoutOne }))).rejects.toThrow(
      'events.details.json: event KZ22-005: details missing',
    );
    const badSource = structuredClone(served['events.details.json']);
    (badSource['KZ22-007'] as { sources: { url: string }[] }).sources[0]!.url = 'javascript:alert(1)';
    await expect(loadEventDetails(events, fetchFrom({ ...served, 'events.details.json': badSource }))).rejects.toThrow(
      'events.details.json: event KZ22-007: sources[0].url must be an http(s) URL',
    );
  });
});

describe('loadDataset(fetch) and loadEventDetails(events, fetch): every download has a deadline (loadTimeouts.ts)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`names the first-view file that never answers, after loadTimeouts.firstView (${loadTimeouts.firstView} ms)`, async () => {
    vi.useFakeTimers();
    const hung = (url: string): Promise<Reply> => (url.includes('events.core') ? new Promise(() => undefined) : fetchFrom(served)(url));
    const result = loadDataset(hung);
    const settled = vi.fn();
    result.catch(settled);
    await vi.advanceTimersByTimeAsync(loadTimeouts.firstView - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).rejects.toThrow(`events.core.json: no answer within ${loadTimeouts.firstView / 1000} s`);
  });

  it('counts the body too: headers in time but a body that never ends is a timeout, not "not JSON"', async () => {
    vi.useFakeTimers();
    const trickled = (url: string): Promise<Reply> =>
      url.includes('base.topo') ? Promise.resolve({ ok: true, status: 200, json: () => new Promise(() => undefined) }) : fetchFrom(served)(url);
    const result = loadDataset(trickled);
    result.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(loadTimeouts.firstView);
    await expect(result).rejects.toThrow(`base.topo.json: no answer within ${loadTimeouts.firstView / 1000} s`);
  });

  it('hands fetch an AbortSignal that is aborted at the deadline', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    const result = loadDataset((_url, init) => {
      if (init?.signal) signals.push(init.signal);
      return new Promise(() => undefined);
    });
    result.catch(() => undefined);
    expect(signals).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(loadTimeouts.firstView);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });

  it(`gives the details file loadTimeouts.afterFirstView (${loadTimeouts.afterFirstView} ms)`, async () => {
    const { events } = await loadDataset(fetchFrom(served));
    vi.useFakeTimers();
    const result = loadEventDetails(events, () => new Promise(() => undefined));
    const settled = vi.fn();
    result.catch(settled);
    await vi.advanceTimersByTimeAsync(loadTimeouts.afterFirstView - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).rejects.toThrow(`events.details.json: no answer within ${loadTimeouts.afterFirstView / 1000} s`);
  });

  it('leaves no timer behind once the files are in', async () => {
    vi.useFakeTimers();
    const result = loadDataset(fetchFrom(served));
    await vi.runAllTimersAsync();
    await result;
    expect(vi.getTimerCount()).toBe(0);
  });
});
