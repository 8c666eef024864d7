import type { ThreatLevel } from '../data/eventTypes';
import type { BaseMap, CityCollection, RegionCollection, RegionId } from '../data/types';
import { captionParts } from '../i18n/captionParts';
import { formatAlmatyInstant } from '../i18n/formatTime';
import { headlineText } from '../i18n/headlineText';
import type { Messages } from '../i18n/messages';
import { cityName } from '../i18n/placeNames';
import type { Scene } from '../scene/sceneAt';
import type { Place } from '../timeline/buildTimeline';
import type { Instant } from '../timeline/instant';
import { levels, type Level } from '../timeline/level';

/** The geography every picture draws: the same for all instants. */
export interface FrameGeography {
  regions: RegionCollection;
  base: BaseMap;
  cities: CityCollection;
}

/** The state of the map at one instant, as the picture needs it. */
export interface FrameState {
  regionStates: ReadonlyMap<RegionId, { level: Level; emergency: boolean; threat: ThreatLevel }>;
  places: readonly { coordinates: [number, number]; level: Level; count: number }[];
}

/** The picture's words, already in the reader's language. */
export interface FrameWords {
  cityName: (id: string) => string;
  title: string;
  /** "End of 5 January 2022 (Almaty time)" */
  when: string;
  /** The beat, as under the slider: "5 Jan, 01:30 · First state of emergency: Almaty, Mangystau" */
  caption: string;
  headline: string;
  legend: readonly { label: string; level: Level }[];
  emergencyLabel: string;
  threatLabel: string;
  credit: string;
}

/** What a picture of one instant shows. */
export type FrameInput = FrameGeography & FrameState & FrameWords;

/** What turns a scene into a picture's input besides the scene: the data and the language. */
export interface FrameSetting {
  geography: FrameGeography;
  messages: Messages;
  storyStart: number;
  placeName: (place: Place) => string;
}

/**
 * The picture's input at `scene`: the same scene the map, the headline and the caption read, so
 * a still, a video frame or a small multiple shows what the page shows at that instant.
 * @example drawFrame(ctx, frameInputAt(sceneAt(index, view), setting), frameLayout(1200, 630), paints)
 */
export function frameInputAt(scene: Scene, setting: FrameSetting): FrameInput {
  const { geography, messages, storyStart, placeName } = setting;
  const caption = captionParts(scene.beat, placeName, messages);
  return {
    ...geography,
    regionStates: scene.regions,
    places: [...scene.places.values()].map((place) => ({ coordinates: place.place.coordinates, level: place.level, count: place.eventsSoFar })),
    cityName: cityNamer(geography.cities, messages),
    title: messages.title,
    when: `${formatAlmatyInstant(scene.t as Instant, storyStart, messages.calendar)} (${messages.almatyTime})`,
    caption: caption.when ? `${caption.when} · ${caption.what}` : caption.what,
    headline: headlineText(scene, placeName, messages),
    legend: levels.map((level) => ({ level, label: messages.levels[level] })),
    emergencyLabel: messages.emergency,
    threatLabel: messages.mapKey.threat,
    credit: messages.downloads.imageCredit,
  };
}

function cityNamer(cities: CityCollection, messages: Messages): (id: string) => string {
  const names = new Map(cities.features.map((city) => [String(city.id), cityName(city.properties, messages)]));
  return (id) => names.get(id) ?? id;
}
