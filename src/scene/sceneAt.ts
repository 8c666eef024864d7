import type { EventType } from '../data/eventTypes';
import type { RegionId } from '../data/types';
import { spreadAt, type SpreadStatus } from '../spatial/spreadIndex';
import type { Instant } from '../timeline/instant';
import { nationalAt, type NationalStatus } from '../timeline/nationalAt';
import { placeStatusAt, type PlaceStatus } from '../timeline/placeStatusAt';
import { regionStatusAt, type RegionStatus } from '../timeline/regionStatusAt';
import type { Mode, TrackStatus } from '../timeline/trackStatusAt';
import { storyFor, type FilteredStory, type StoryIndex } from './buildStoryIndex';
import { beatAt, sameBeat, type Beat } from './beatAt';

/** The part of the view a scene depends on (the rest — selection, playback — is not drawn from data). */
export interface SceneView {
  t: Instant;
  mode: Mode;
  /** Selected event types; null means all. */
  types: readonly EventType[] | null;
  /** Whether the spread trail is shown. */
  trail: boolean;
}

/**
 * Everything any renderer needs at one instant: the map layers, the region table, the headline,
 * the live region, the embed `state` message and the PNG export all read this and nothing else.
 */
export interface Scene extends SceneView {
  /** The timeline, spread index and histogram of the active type filter. */
  story: FilteredStory;
  regions: ReadonlyMap<RegionId, RegionStatus>;
  places: ReadonlyMap<string, PlaceStatus>;
  /** National flags and tolls as reported at t; national events counted apart. */
  national: NationalStatus;
  /** Spread figures: regions reached, area share, farthest place (the headline's figures). */
  spread: SpreadStatus;
  /** The latest beat of the story at t (the caption and the live region say it), or null before any. */
  beat: Beat | null;
}

/**
 * The scene at `view`, reusing `previous`'s entries where nothing changed: an unchanged region
 * keeps its status object, and a map whose entries all stayed keeps its identity, so a renderer
 * tells what changed by `!==` alone (and a step where nothing changed touches nothing).
 * @example sceneAt(index, { t, mode: 'cumulative', types: null, trail: false }, previousScene)
 */
export function sceneAt(index: StoryIndex, view: SceneView, previous: Scene | null = null): Scene {
  const story = storyFor(index, view.types);
  const { timeline } = story;
  const regions = reuseEntries(regionStatusAt(timeline, view.t, view.mode), previous?.regions, sameRegionStatus);
  const places = reuseEntries(placeStatusAt(timeline, view.t, view.mode), previous?.places, samePlaceStatus);
  const national = reuseIf(nationalAt(timeline, view.t), previous?.national, sameNational);
  const spread = reuseIf(spreadAt(story.spread, view.t), previous?.spread, sameSpread);
  const beatSource = { keyMoments: index.keyMoments, eventsById: index.eventsById, reaches: story.spread.reaches, reachStarts: story.spread.reachStarts, timeline };
  const beat = reuseIf(beatAt(beatSource, view.t), previous?.beat, sameBeat);
  return { t: view.t, mode: view.mode, types: story.types, trail: view.trail, story, regions, places, national, spread, beat };
}

/**
 * `next` with each entry replaced by `previous`'s when `same` says they are equal; `previous`
 * itself when every entry was, and both have the same keys.
 */
export function reuseEntries<K, V>(next: ReadonlyMap<K, V>, previous: ReadonlyMap<K, V> | undefined, same: (a: V, b: V) => boolean): ReadonlyMap<K, V> {
  if (!previous) return next;
  const out = new Map<K, V>();
  let allReused = next.size === previous.size;
  for (const [key, value] of next) {
    const before = previous.get(key);
    if (before !== undefined && same(before, value)) out.set(key, before);
    else {
      out.set(key, value);
      allReused = false;
    }
  }
  return allReused ? previous : out;
}

function reuseIf<V>(next: V, previous: V | undefined, same: (a: V, b: V) => boolean): V {
  return previous !== undefined && same(previous, next) ? previous : next;
}

function sameTrackStatus(a: TrackStatus, b: TrackStatus): boolean {
  return (
    a.level === b.level &&
    a.cumulative === b.cumulative &&
    a.current === b.current &&
    a.eventsSoFar === b.eventsSoFar &&
    a.eventsLast24h === b.eventsLast24h &&
    a.firstEvent === b.firstEvent
  );
}

function sameRegionStatus(a: RegionStatus, b: RegionStatus): boolean {
  return a.emergency === b.emergency && a.threat === b.threat && sameTrackStatus(a, b);
}

/** Same place object too: a new type filter builds new places, whose tracks differ. */
function samePlaceStatus(a: PlaceStatus, b: PlaceStatus): boolean {
  return a.place === b.place && sameTrackStatus(a, b);
}

function sameNational(a: NationalStatus, b: NationalStatus): boolean {
  return a.eventsSoFar === b.eventsSoFar && a.eventsLast24h === b.eventsLast24h && a.deathToll === b.deathToll;
}

function sameSpread(a: SpreadStatus, b: SpreadStatus): boolean {
  return a.regionsWithProtests === b.regionsWithProtests && a.areaShare === b.areaShare && a.farthest === b.farthest && a.order.length === b.order.length && a.order[0] === b.order[0];
}
