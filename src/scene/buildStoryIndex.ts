import type { EventFeature, EventType } from '../data/eventTypes';
import { eventTypes } from '../data/eventTypes';
import type { CityCollection, RegionCollection } from '../data/types';
import { buildSpreadIndex, type SpreadIndex } from '../spatial/spreadIndex';
import { buildTimeline, type Timeline } from '../timeline/buildTimeline';
import { dayHistogram, type DayBin } from '../timeline/dayHistogram';
import { internetCutIn, keyMomentsIn, type KeyMoment } from '../timeline/keyMoments';
import type { Instant } from '../timeline/instant';
import type { StoryWindow } from '../timeline/storyWindow';

/** What the index is built from: the parsed files (src/data/loadDataset.ts's Dataset fits). */
export interface StoryInput {
  regions: RegionCollection;
  cities: CityCollection;
  /** Sorted by start (parseEvents sorts them). */
  events: readonly EventFeature[];
}

/** The timeline and spread index of one type filter. */
export interface FilteredStory {
  /** The filter it was built for; null means every type. */
  types: readonly EventType[] | null;
  timeline: Timeline;
  spread: SpreadIndex;
  /** Events per Almaty day across the window (the slider's histogram). */
  histogram: readonly DayBin[];
}

/**
 * Everything built once per dataset (supercluster's `load`): the unfiltered story, filtered stories
 * cached per type set, and what never depends on the instant. Nothing else builds a timeline.
 */
export interface StoryIndex {
  input: StoryInput;
  /** The slider's range: it ends with the last event's day of the unfiltered record (CONTRACT.md). */
  window: StoryWindow;
  /** [longitude, latitude] of Zhanaozen: distances of the spread are measured from it. */
  spreadOrigin: [number, number];
  all: FilteredStory;
  keyMoments: readonly KeyMoment[];
  internetCut: { from: Instant; to: Instant } | null;
  /** Events per type in the whole record (the filter's counts). */
  typeCounts: ReadonlyMap<EventType, number>;
  eventsById: ReadonlyMap<string, EventFeature>;
  /** Filtered stories, keyed by the canonical type list; filled lazily by `storyFor`. */
  cache: Map<string, FilteredStory>;
}

/** The city the unrest began in; its point is the origin of the spread metrics and the trail. */
export const spreadOriginCity = 'zhanaozen';

/**
 * Indexes a dataset once. Throws when the cities lack Zhanaozen (the spread has no origin) or an
 * event names an unknown region or city (buildTimeline).
 */
export function buildStoryIndex(input: StoryInput): StoryIndex {
  const originCity = input.cities.features.find((city) => city.id === spreadOriginCity);
  if (!originCity) throw new RangeError(`cities have no ${spreadOriginCity}: the spread needs its origin`);
  const spreadOrigin = originCity.geometry.coordinates as [number, number];
  const timeline = buildTimeline(input.events, input.regions, input.cities);
  const all = filteredStory(null, timeline, input.regions, spreadOrigin);
  const typeCounts = new Map<EventType, number>();
  for (const event of input.events) typeCounts.set(event.properties.type, (typeCounts.get(event.properties.type) ?? 0) + 1);
  return {
    input,
    window: timeline.window,
    spreadOrigin,
    all,
    keyMoments: keyMomentsIn(input.events),
    internetCut: internetCutIn(input.events),
    typeCounts,
    eventsById: new Map(input.events.map((event) => [event.id, event])),
    cache: new Map([[typesKey(null), all]]),
  };
}

/**
 * The story under a type filter, built on first use and kept: toggling a filter back and forth
 * costs one build per distinct set. The window stays the unfiltered one (the slider does not jump).
 */
export function storyFor(index: StoryIndex, types: readonly EventType[] | null): FilteredStory {
  const key = typesKey(types);
  const cached = index.cache.get(key);
  if (cached) return cached;
  const wanted = new Set(types);
  const events = index.input.events.filter((event) => wanted.has(event.properties.type));
  const timeline = { ...buildTimeline(events, index.input.regions, index.input.cities), window: index.window };
  const story = filteredStory(types, timeline, index.input.regions, index.spreadOrigin);
  index.cache.set(key, story);
  return story;
}

/** One key per type set, whatever the order it was written in; every type listed means all. */
export function typesKey(types: readonly EventType[] | null): string {
  if (types === null) return '*';
  const set = new Set(types);
  if (eventTypes.every((type) => set.has(type))) return '*';
  return eventTypes.filter((type) => set.has(type)).join(',');
}


function filteredStory(
  types: readonly EventType[] | null,
  timeline: Timeline,
  regions: RegionCollection,
  origin: [number, number],
): FilteredStory {
  const spread = buildSpreadIndex(timeline, regions, origin);
  return { types, timeline, spread, histogram: dayHistogram(timeline.starts, timeline.window) };
}
