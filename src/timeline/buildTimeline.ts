import type { DeathToll, EventFeature } from '../data/eventTypes';
import type { CityCollection, CityId, RegionCollection, RegionId } from '../data/types';
import { toInstant, type Instant } from './instant';
import { eventLevelRank } from './level';
import { emergencyIntervals, type Interval } from './emergencyIntervals';
import { storyWindow, type StoryWindow } from './storyWindow';
import { threatIntervals, type ThreatInterval } from './threatIntervals';

/** Sorted instants of the events at one place, and of those that raise each level. */
export interface Track {
  /** Every event, sorted. */
  all: Float64Array;
  /** Events that raise `protest` or higher. */
  protest: Float64Array;
  /** Events that raise `violence`. */
  violence: Float64Array;
}

/** A city of cities.geojson, or a place of its own such as the airport or an oil field. */
export interface Place {
  id: string;
  name: string;
  region: RegionId;
  /** [longitude, latitude] */
  coordinates: [number, number];
  isCity: boolean;
  track: Track;
}

export interface TollReport extends DeathToll {
  t: Instant;
  /** The event reporting it: its sources (loaded after the first view) back the headline's link. */
  eventId: string;
}

export interface Timeline {
  window: StoryWindow;
  /** Events sorted by start, with their instants alongside. */
  events: readonly EventFeature[];
  starts: Float64Array;
  regionIds: readonly RegionId[];
  regions: ReadonlyMap<RegionId, Track & { emergency: readonly Interval[]; threat: readonly ThreatInterval[] }>;
  places: ReadonlyMap<string, Place>;
  national: Float64Array;
  /**
   * Official nationwide death tolls in the order they were reported, withdrawn ones included with
   * their status: what a reader saw reported at the time (164 on 9 January, later withdrawn) is part
   * of the record, and the headline labels it as withdrawn.
   */
  tolls: readonly TollReport[];
  tollStarts: Float64Array;
}

/**
 * Indexes the events once so that every query at an instant is a few binary searches
 * (supercluster's load-then-query split). Throws on an event whose region or city is unknown.
 */
export function buildTimeline(events: readonly EventFeature[], regions: RegionCollection, cities: CityCollection): Timeline {
  // Parse each start once (parsing inside a comparator would cost O(n log n) parses). parseEvents
  // already returns events sorted, so check that in one pass and sort only when it is not so:
  // synthetic input in tests and the bench may come unsorted. The sort is stable, so events at the
  // same instant keep parseEvents' id order.
  const timed = events.map((event) => ({ event, t: toInstant(event.properties.start) }));
  if (!isSortedByT(timed)) timed.sort((a, b) => a.t - b.t);
  const sorted = timed.map(({ event }) => event);
  const starts = Float64Array.from(timed, ({ t }) => t);
  const regionIds = regions.features.map((feature) => feature.id);
  const cityById = new Map(cities.features.map((city) => [city.id as CityId, city]));

  const regionEvents = new Map<RegionId, TrackBuilder>(regionIds.map((id) => [id, new TrackBuilder()]));
  const placeBuilders = new Map<string, { place: Omit<Place, 'track'>; builder: TrackBuilder }>();
  const national: number[] = [];
  const tolls: TollReport[] = [];

  sorted.forEach((event, index) => {
    const p = event.properties;
    const t = starts[index] as Instant;
    if (p.death_toll) {
      tolls.push({ ...p.death_toll, t, eventId: p.id });
    }
    if (p.scope === 'national') {
      national.push(t);
      return;
    }
    const region = p.region;
    const regionBuilder = region ? regionEvents.get(region) : undefined;
    if (!region || !regionBuilder) throw new Error(`event ${p.id}: unknown region ${String(region)}`);
    const rank = eventLevelRank(p);
    regionBuilder.add(t, rank);

    const placeId = p.city ?? slugify(p.locality);
    let entry = placeBuilders.get(placeId);
    if (!entry) {
      const city = p.city ? cityById.get(p.city) : undefined;
      if (p.city && !city) throw new Error(`event ${p.id}: unknown city ${p.city}`);
      const coordinates = (city?.geometry.coordinates ?? event.geometry?.coordinates) as [number, number] | undefined;
      if (!coordinates) throw new Error(`event ${p.id}: a local event needs a point`);
      const name = city?.properties.name_en ?? p.locality;
      entry = { place: { id: placeId, name, region, coordinates, isCity: Boolean(city) }, builder: new TrackBuilder() };
      placeBuilders.set(placeId, entry);
    }
    entry.builder.add(t, rank);
  });

  const intervals = emergencyIntervals(sorted, starts, regionIds);
  const threats = threatIntervals(sorted, starts, regionIds);
  return {
    window: storyWindow(sorted.length ? (starts[starts.length - 1] as Instant) : undefined),
    events: sorted,
    starts,
    regionIds,
    regions: new Map(
      regionIds.map((id) => [
        id,
        { ...(regionEvents.get(id) as TrackBuilder).build(), emergency: intervals.get(id) ?? [], threat: threats.get(id) ?? [] },
      ]),
    ),
    places: new Map([...placeBuilders].map(([id, { place, builder }]) => [id, { ...place, track: builder.build() }])),
    national: Float64Array.from(national),
    tolls,
    tollStarts: Float64Array.from(tolls, (toll) => toll.t),
  };
}

/** One linear pass: true when no entry is earlier than the one before it. */
function isSortedByT(timed: readonly { t: number }[]): boolean {
  let previous = -Infinity;
  for (const { t } of timed) {
    if (t < previous) return false;
    previous = t;
  }
  return true;
}

/** Collects instants in time order (events arrive sorted) and freezes them into typed arrays. */
class TrackBuilder {
  private readonly all: number[] = [];
  private readonly protest: number[] = [];
  private readonly violence: number[] = [];

  add(t: number, rank: number): void {
    this.all.push(t);
    if (rank >= 1) this.protest.push(t);
    if (rank >= 2) this.violence.push(t);
  }

  build(): Track {
    return { all: Float64Array.from(this.all), protest: Float64Array.from(this.protest), violence: Float64Array.from(this.violence) };
  }
}

/** "Almaty International Airport" → "almaty-international-airport": ids for places that are not cities. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
