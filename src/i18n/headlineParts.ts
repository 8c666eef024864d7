import type { RegionCollection, RegionId } from '../data/types';
import type { SpreadStatus } from '../spatial/spreadIndex';
import type { Place } from '../timeline/buildTimeline';
import { levels, type Level } from '../timeline/level';
import type { NationalStatus } from '../timeline/nationalAt';
import type { Mode } from '../timeline/trackStatusAt';
import type { Messages } from './messages';

export interface HeadlineFacts {
  /** The active mode: in `current` the count is of regions active in the last 24 hours. */
  mode: Mode;
  /** Each region's level in the active mode and filter: what the map colours. */
  regions: ReadonlyMap<RegionId, { level: Level }>;
  spread: Pick<SpreadStatus, 'farthest'>;
  national: Pick<NationalStatus, 'deathToll'>;
}

export interface HeadlineParts {
  /** "Protests in 5 of 17 regions", "Protests in the last 24 hours: 2 of 17 regions", "Violence in Almaty (city)" */
  regions: string;
  /** "farthest: Almaty, 1,234 km from Zhanaozen", or null before any protest and in the last-24-hours mode */
  farthest: string | null;
  /** The official toll as reported at the instant (a withdrawn one said to be so), or the words for none yet. */
  toll: string;
}

/** Up to this many coloured regions are named when all are cities too small to see at national zoom. */
const namedCitiesMax = 3;

/**
 * The headline's facts at an instant, one phrase each: the page's headline and the PNG export's
 * caption both read them, so the two cannot drift apart. The count is of the regions the map
 * colours, so the words never contradict it. `placeName` names a place in the reader's language
 * (place names come from the data); `cityRegions` names the regions that are cities (a few pixels
 * wide nationally): when they are the only ones coloured, the headline says which.
 */
export function headlineParts(
  status: HeadlineFacts,
  placeName: (place: Place) => string,
  messages: Messages,
  cityRegions: ReadonlyMap<RegionId, string> = new Map(),
): HeadlineParts {
  const { spread, national } = status;
  const toll = national.deathToll;
  const coloured = [...status.regions].filter(([, region]) => region.level !== 'calm');
  return {
    regions: regionsPhrase(status.mode, coloured, messages, cityRegions),
    farthest:
      spread.farthest && status.mode === 'cumulative' ? messages.headline.farthest(placeName(spread.farthest.place), Math.round(spread.farthest.km)) : null,
    toll: toll
      ? toll.status === 'retracted'
        ? messages.story.withdrawnToll(toll.total, toll.by)
        : messages.headline.toll(toll.total, toll.by)
      : messages.headline.noToll,
  };
}

function regionsPhrase(
  mode: Mode,
  coloured: readonly (readonly [RegionId, { level: Level }])[],
  messages: Messages,
  cityRegions: ReadonlyMap<RegionId, string>,
): string {
  const names = coloured.map(([id]) => cityRegions.get(id));
  if (coloured.length > 0 && coloured.length <= namedCitiesMax && names.every((name) => name !== undefined)) {
    const top = coloured.reduce<Level>((level, [, region]) => (levels.indexOf(region.level) > levels.indexOf(level) ? region.level : level), 'calm');
    return messages.story.only(messages.levels[top], messages.story.list(names.map((name) => messages.story.cityRegion(name as string))));
  }
  if (mode === 'current') return coloured.length === 0 ? messages.story.noneNow : messages.story.regionsNow(coloured.length);
  return messages.headline.regions(coloured.length);
}

/** The names of the regions that are cities (Almaty, Nur-Sultan, Shymkent) in the catalogue's language. */
export function cityRegionNames(regions: RegionCollection, messages: Messages): ReadonlyMap<RegionId, string> {
  const lang = messages.calendar.lang;
  return new Map(regions.features.filter((feature) => feature.properties.type === 'city').map((feature) => [feature.id, feature.properties[`name_${lang}`]]));
}
