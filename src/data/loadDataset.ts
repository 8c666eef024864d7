import baseTopologyUrl from 'virtual:qantar/base.topo';
import eventDetailsUrl from 'virtual:qantar/events.details';
import eventsUrl from 'virtual:qantar/events.core';
import eventTextKkUrl from 'virtual:qantar/events.text.kk';
import eventTextRuUrl from 'virtual:qantar/events.text.ru';
import lakesUrl from '../../geo/lakes.geojson?url';
import laterCountsUrl from '../../geo/later-counts.json?url';
import { baseObjectNames } from './baseObjectNames';
import { DataError } from './dataError';
import { loadTimeouts } from './loadTimeouts';
import { parseBaseLayer } from './parseBaseLayer';
import { parseCities } from './parseCities';
import { parseEventDetails, parseEventTexts, parseEvents } from './parseEvents';
import { parseLaterCounts } from './parseLaterCounts';
import { parseRegions } from './parseRegions';
import { readTopology } from './readTopology';
import { formatSeconds, withDeadline } from './withDeadline';
import type { EventDetails, EventFeature, EventText } from './eventTypes';
import type { LaterCounts } from './laterCountTypes';
import type { BaseMap, CityCollection, RegionCollection } from './types';

export interface Dataset {
  regions: RegionCollection;
  cities: CityCollection;
  /** Sorted by start. */
  events: readonly EventFeature[];
  base: BaseMap;
}

/**
 * Where the browser's files are served from. All but lakes are derived from geo/ at build
 * (scripts/derive): one topology for the base map, the events split into what the first view
 * needs and the descriptions and sources fetched after it. Lakes stay their own file: ODbL data.
 */
export const datasetUrls = {
  base: baseTopologyUrl,
  lakes: lakesUrl,
  events: eventsUrl,
  eventDetails: eventDetailsUrl,
  eventText: { ru: eventTextRuUrl, kk: eventTextKkUrl },
  /** Official counts published after the window (geo/later-counts.json, served as is): not first-view data. */
  laterCounts: laterCountsUrl,
} as const;

export const baseFile = 'base.topo.json';

type Fetch = (url: string, init?: { signal: AbortSignal }) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
const defaultFetch: Fetch = (url, init) => fetch(url, init);

/**
 * The one place that downloads the first view's files and hands them to the parsers. Any failure
 * becomes a DataError naming the file, so the page can say what is wrong instead of going blank.
 */
export async function loadDataset(fetchFile: Fetch = defaultFetch): Promise<Dataset> {
  const [base, lakes, events] = await Promise.all([
    fetchJson(fetchFile, baseFile, datasetUrls.base, loadTimeouts.firstView),
    fetchJson(fetchFile, 'lakes.geojson', datasetUrls.lakes, loadTimeouts.firstView),
    fetchJson(fetchFile, 'events.core.json', datasetUrls.events, loadTimeouts.firstView),
  ]);
  // Decoding and validating is split into tasks, so a slow phone stays responsive meanwhile.
  const layers = readTopology(base, baseFile, baseObjectNames);
  const inBase = (name: string) => `${baseFile} › ${name}`;
  await nextTask();
  const regions = parseRegions(layers.regions, inBase('regions'));
  const cities = parseCities(layers.cities, inBase('cities'));
  const baseMap: BaseMap = {
    country: parseBaseLayer(layers.country, inBase('country')),
    neighbours: parseBaseLayer(layers.neighbours, inBase('neighbours')),
    water: parseBaseLayer(layers.water, inBase('water')),
    lakes: parseBaseLayer(lakes, 'lakes.geojson'),
  };
  await nextTask();
  return { regions, cities, events: parseEvents(events, 'events.core.json').features, base: baseMap };
}

/** Lets the browser handle input and paint before the next chunk of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Descriptions and sources of `events`, fetched after the first view. */
export async function loadEventDetails(
  events: readonly EventFeature[],
  fetchFile: Fetch = defaultFetch,
): Promise<Map<string, EventDetails>> {
  const json = await fetchJson(fetchFile, 'events.details.json', datasetUrls.eventDetails, loadTimeouts.afterFirstView);
  return parseEventDetails(json, events.map((event) => event.id));
}

/** The official counts published after the story window, fetched after the first view. */
export async function loadLaterCounts(fetchFile: Fetch = defaultFetch): Promise<LaterCounts> {
  const file = 'later-counts.json';
  return parseLaterCounts(await fetchJson(fetchFile, file, datasetUrls.laterCounts, loadTimeouts.afterFirstView), file);
}

/**
 * Russian or Kazakh descriptions, place names and time words, for readers of that language: part
 * of their first view (the map waits for them), hence the first view's deadline.
 */
export async function loadEventTexts(
  lang: keyof typeof datasetUrls.eventText,
  ids: Iterable<string>,
  fetchFile: Fetch = defaultFetch,
): Promise<Map<string, EventText>> {
  const file = `events.text.${lang}.json`;
  return parseEventTexts(await fetchJson(fetchFile, file, datasetUrls.eventText[lang], loadTimeouts.firstView), ids, file);
}

/** Downloads and decodes one file within `timeoutMs` (headers and body: a trickle is a timeout too). */
function fetchJson(fetchFile: Fetch, file: string, url: string, timeoutMs: number): Promise<unknown> {
  const timedOut = () => new DataError(file, `no answer within ${formatSeconds(timeoutMs)} (timed out)`);
  return withDeadline(timeoutMs, timedOut, async (signal) => {
    let response: Awaited<ReturnType<Fetch>>;
    try {
      response = await fetchFile(url, { signal });
    } catch {
      throw new DataError(file, 'could not be downloaded (network error)');
    }
    if (!response.ok) throw new DataError(file, `could not be downloaded (HTTP ${response.status})`);
    try {
      return await response.json();
    } catch {
      throw new DataError(file, 'is not valid JSON');
    }
  });
}
